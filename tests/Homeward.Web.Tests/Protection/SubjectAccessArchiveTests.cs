using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Web.Tests.Infrastructure;
using ICSharpCode.SharpZipLib.Zip;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>Personal data leaves Homeward as a password-protected archive: only the password opens it, and the export is audited.</summary>
public abstract class SubjectAccessArchiveTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string Password = "Teranga-2026-receipt";
    private static string Url(Guid person) => $"/api/v1/persons/{person}/subject-access/archive";

    private static string Read(byte[] archive, string entry, string password)
    {
        using var zip = new ZipFile(new MemoryStream(archive)) { Password = password };
        var found = zip.GetEntry(entry) ?? throw new InvalidOperationException($"{entry} is not in the archive");
        Assert.True(found.IsCrypted);
        Assert.Equal(256, found.AESKeySize);
        using var reader = new StreamReader(zip.GetInputStream(found));
        return reader.ReadToEnd();
    }

    private Task<int> ExportsAsync(Guid personId) =>
        app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.EntityId == personId.ToString(), Ct));

    [Fact]
    public async Task Archive_OpensOnlyWithItsPassword_HoldsTheJsonAndThePage_AndIsAudited()
    {
        var created = await CreateAsync(app);
        var dpo = await app.SignedInAs("dpo@demo.homeward");

        var response = await dpo.PostAsJsonAsync(Url(created.PersonId), new { password = Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var archive = await response.Content.ReadAsByteArrayAsync(Ct);
        var json = JsonDocument.Parse(Read(archive, "subject-access.json", Password)).RootElement;
        Assert.Equal(created.PersonId, json.GetProperty("person").GetProperty("id").GetGuid());
        Assert.Equal(created.DocumentNumber, json.GetProperty("person").GetProperty("documentNumber").GetString());
        var page = Read(archive, "subject-access.html", Password);
        Assert.Contains(Notes, page);
        // Nothing readable without the password: not the document number, not the notes.
        var raw = System.Text.Encoding.Latin1.GetString(archive);
        Assert.DoesNotContain(created.DocumentNumber, raw);
        Assert.ThrowsAny<Exception>(() => Read(archive, "subject-access.json", "not the password at all"));

        var audit = await app.WithDb(db => db.AuditEntries.Where(e => e.Action == AuditActions.Export && e.EntityId == created.PersonId.ToString()).SingleAsync(Ct));
        Assert.Equal("subject access (password-protected archive)", audit.Details);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short-pass")]
    public async Task AMissingOrShortPassword_Is400NamingIt_AndNothingIsExported(string? password)
    {
        var created = await CreateAsync(app);
        var dpo = await app.SignedInAs("dpo@demo.homeward");

        var response = await dpo.PostAsJsonAsync(Url(created.PersonId), new { password }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Contains("12", errors.GetProperty("password")[0].GetString());
        Assert.Equal(0, await ExportsAsync(created.PersonId));
    }

    [Fact]
    public async Task UnknownPerson_Is404_AndACaseManager_Is403()
    {
        var created = await CreateAsync(app);
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        Assert.Equal(HttpStatusCode.NotFound, (await dpo.PostAsJsonAsync(Url(Guid.NewGuid()), new { password = Password }, Ct)).StatusCode);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsJsonAsync(Url(created.PersonId), new { password = Password }, Ct)).StatusCode);
        Assert.Equal(0, await ExportsAsync(created.PersonId));
    }
}

public sealed class SubjectAccessArchiveTests_Sqlite(SqliteApp app) : SubjectAccessArchiveTests<SqliteApp>(app);
public sealed class SubjectAccessArchiveTests_Postgres(PostgresApp app) : SubjectAccessArchiveTests<PostgresApp>(app);
