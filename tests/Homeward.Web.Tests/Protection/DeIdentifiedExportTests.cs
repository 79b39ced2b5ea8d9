using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Data.Protection;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>M&amp;E officers export one de-identified row per consenting returnee's case, with stable keyed pseudonyms.</summary>
public abstract class DeIdentifiedExportTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string Url = "/api/v1/statistics/cases";

    [Fact]
    public async Task Export_HasConsentingReturneesCases_UnderStablePseudonyms_AndNothingIdentifying()
    {
        var consenting = await CreateAsync(app, consentToStatistics: true);
        var notConsenting = await CreateAsync(app);
        var me = await app.SignedInAs("me@demo.homeward");
        var (casePseudonym, personPseudonym) = (await PseudonymAsync("C", consenting.CaseId), await PseudonymAsync("P", consenting.PersonId));

        var response = await me.GetAsync(Url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var rows = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();

        var row = rows.Single(r => r.GetProperty("case").GetString() == casePseudonym);
        Assert.Equal(personPseudonym, row.GetProperty("returnee").GetString());
        Assert.Equal(("Dakar office", "Monitoring", "Female", "35-39"), (row.GetProperty("office").GetString(), row.GetProperty("stage").GetString(),
            row.GetProperty("sex").GetString(), row.GetProperty("ageBandAtReturn").GetString()));
        Assert.Equal(Today.AddDays(-10).ToString("yyyy-MM"), row.GetProperty("returnMonth").GetString());
        Assert.Equal((25m, 1, 1), (row.GetProperty("assistanceDelivered").GetDecimal(), row.GetProperty("followUpsDone").GetInt32(), row.GetProperty("assessments").GetInt32()));
        Assert.False(string.IsNullOrEmpty(row.GetProperty("region").GetString()));
        var excluded = await PseudonymAsync("C", notConsenting.CaseId);
        Assert.DoesNotContain(rows, r => r.GetProperty("case").GetString() == excluded);
        var family = await app.WithDb(db => db.Persons.Where(p => p.Id == consenting.PersonId).Select(p => p.FamilyName).SingleAsync(Ct));
        foreach (var identifying in new[] { consenting.CaseId.ToString(), consenting.PersonId.ToString(), consenting.DocumentNumber, Notes, Findings, Disability, family, "+221" })
            Assert.DoesNotContain(identifying, text);

        // The same pseudonyms in the next export; as CSV too.
        var again = (await GetJsonAsync(me, Url)).EnumerateArray().Single(r => r.GetProperty("case").GetString() == casePseudonym);
        Assert.Equal(personPseudonym, again.GetProperty("returnee").GetString());
        var csv = await me.GetAsync($"{Url}?format=csv", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split('\n');
        Assert.StartsWith("case,returnee,office,stage,", lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"{casePseudonym},{personPseudonym},Dakar office,Monitoring,"));
        Assert.True(await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.EntityType == "Statistics" && e.UserName == "Mariam Touré", Ct)) >= 3);
    }

    [Fact]
    public async Task AWithdrawnConsent_TakesTheCaseOutOfTheNextExport()
    {
        var created = await CreateAsync(app, consentToStatistics: true);
        var me = await app.SignedInAs("me@demo.homeward");
        var pseudonym = await PseudonymAsync("C", created.CaseId);
        Assert.Contains((await GetJsonAsync(me, Url)).EnumerateArray(), r => r.GetProperty("case").GetString() == pseudonym);

        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await caseManager.PostAsync($"/api/v1/persons/{created.PersonId}/consents/AnonymisedStatistics/withdraw", null, Ct)).StatusCode);

        Assert.DoesNotContain((await GetJsonAsync(me, Url)).EnumerateArray(), r => r.GetProperty("case").GetString() == pseudonym);
    }

    [Fact]
    public async Task UnknownFormat_Is400NamingIt_AndIsNotAudited()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var before = await app.WithDb(db => db.AuditEntries.CountAsync(e => e.EntityType == "Statistics", Ct));
        var response = await me.GetAsync($"{Url}?format=xlsx", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("format", out _));
        Assert.Equal(before, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.EntityType == "Statistics", Ct)));
    }

    private Task<string> PseudonymAsync(string kind, Guid id) =>
        app.WithDb(db => app.Services.GetRequiredService<FieldProtection>().PseudonymAsync(db, kind, id, Ct));
}

public sealed class DeIdentifiedExportTests_Sqlite(SqliteApp app) : DeIdentifiedExportTests<SqliteApp>(app);
public sealed class DeIdentifiedExportTests_Postgres(PostgresApp app) : DeIdentifiedExportTests<PostgresApp>(app);
