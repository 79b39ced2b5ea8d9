using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>An unaccompanied child: registration with the guardian, family tracing with a match from Homeward's records, verification and reunification.</summary>
public abstract class TracingTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string CaseManager = "casemanager@demo.homeward";

    private static async Task<JsonElement> Ok(HttpClient client, string path, object body)
    {
        var (response, json) = await PostAsync(client, path, body);
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json;
    }

    [Fact]
    public async Task UnaccompaniedChild_IsRegisteredWithAGuardian_TracedWithAMatch_Verified_AndReunified()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);
        // The mother was registered in another case of the office.
        var mother = await TestCases.CreateAsync(app);
        var surname = $"Tracedmother{Guid.NewGuid():N}"[..20];
        await app.WithDb(async db =>
        {
            var p = await db.Persons.SingleAsync(x => x.Id == mother.PersonId, Ct);
            p.GivenName = "Khadija";
            p.FamilyName = surname;
            p.RefreshSearchKeys();
            return await db.SaveChangesAsync(Ct);
        });
        var child = Child(family.CaseId, family.Amina);

        var registration = await Ok(client, child + "/separation",
            new { status = "Unaccompanied", guardianName = "Mariama Diallo", guardianRelationship = "Appointed guardian", guardianContact = "+221 77 111 11 11", guardianAppointedOn = Today });
        Assert.Equal("Unaccompanied", registration.GetProperty("status").GetString());
        var tracing = await Ok(client, child + "/tracing",
            new { soughtGivenName = "Khadija", soughtFamilyName = surname, soughtBirthYear = 1990, soughtRelationship = "Mother", knownPlaces = "Pikine, Dakar", lastContact = "Phone call in 2024" });
        var tracingId = tracing.GetProperty("id").GetGuid();

        var matches = await client.GetFromJsonAsync<JsonElement>($"{child}/tracing/{tracingId}/matches", Ct);
        var match = matches.EnumerateArray().Single(m => m.GetProperty("personId").GetGuid() == mother.PersonId);
        Assert.True(match.GetProperty("score").GetDouble() >= 0.7);

        await Ok(client, $"{child}/tracing/{tracingId}/actions", new { takenOn = Today, action = "Home visit in Pikine", outcome = "Neighbours confirm the mother lives nearby" });
        var (early, earlyBody) = await PostAsync(client, $"{child}/tracing/{tracingId}/reunification", new { reunifiedOn = Today, place = "Pikine", presentAtReunification = "Case manager" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("relationship-not-verified", earlyBody.GetProperty("code").GetString());

        await Ok(client, $"{child}/tracing/{tracingId}/verification",
            new { relationshipVerified = true, verificationNote = "Birth certificate and photographs", reunificationAppropriate = true, assessmentNote = "Safe home; the child wishes it" });
        var (noPlace, noPlaceBody) = await PostAsync(client, $"{child}/tracing/{tracingId}/reunification", new { reunifiedOn = Today, presentAtReunification = "Case manager" });
        Assert.Equal(HttpStatusCode.BadRequest, noPlace.StatusCode);
        Assert.True(noPlaceBody.GetProperty("errors").TryGetProperty("place", out _));
        var reunified = await Ok(client, $"{child}/tracing/{tracingId}/reunification", new
        {
            reunifiedOn = Today, place = "Pikine", presentAtReunification = "Mother, aunt, case manager",
            travelSupervision = "Escorted by the case manager from Dakar", receptionOnArrival = "Received by the mother and the community social worker",
        });
        Assert.Equal("Pikine", reunified.GetProperty("reunificationPlace").GetString());

        var overview = await client.GetFromJsonAsync<JsonElement>(child + "/tracing", Ct);
        Assert.Equal("Mariama Diallo", overview.GetProperty("separation").GetProperty("guardianName").GetString());
        var request = Assert.Single(overview.GetProperty("requests").EnumerateArray());
        Assert.Single(request.GetProperty("actions").EnumerateArray());
        Assert.Equal("Escorted by the case manager from Dakar", request.GetProperty("travelSupervision").GetString());
    }

    [Fact]
    public async Task Registration_WithoutAGuardian_Is400_TracingBeforeRegistration_Is409_AndNothingIsSaved()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);
        var child = Child(family.CaseId, family.Ousmane);

        var (noGuardian, noGuardianBody) = await PostAsync(client, child + "/separation", new { status = "Separated", guardianRelationship = "Aunt" });
        var (noStatus, noStatusBody) = await PostAsync(client, child + "/separation", new { guardianName = "Awa", guardianRelationship = "Aunt" });
        var (future, futureBody) = await PostAsync(client, child + "/separation", new { status = "Separated", guardianName = "Awa", guardianRelationship = "Aunt", guardianAppointedOn = Today.AddDays(3) });
        var (unregistered, unregisteredBody) = await PostAsync(client, child + "/tracing", new { soughtGivenName = "Omar", soughtFamilyName = "Sow", soughtRelationship = "Father" });

        Assert.Equal(HttpStatusCode.BadRequest, noGuardian.StatusCode);
        Assert.True(noGuardianBody.GetProperty("errors").TryGetProperty("guardianName", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noStatus.StatusCode);
        Assert.True(noStatusBody.GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True(futureBody.GetProperty("errors").TryGetProperty("guardianAppointedOn", out _));
        Assert.Equal(HttpStatusCode.Conflict, unregistered.StatusCode);
        Assert.Equal("not-separated", unregisteredBody.GetProperty("code").GetString());
        Assert.Equal((0, 0), await app.WithDb(async db => (await db.SeparatedChildren.CountAsync(r => r.CaseId == family.CaseId, Ct),
            await db.FamilyTracings.CountAsync(t => t.CaseId == family.CaseId, Ct))));

        await Ok(client, child + "/separation", new { status = "Separated", guardianName = "Awa", guardianRelationship = "Aunt" });
        var (noName, noNameBody) = await PostAsync(client, child + "/tracing", new { soughtFamilyName = "Sow", soughtRelationship = "Father" });
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.True(noNameBody.GetProperty("errors").TryGetProperty("soughtGivenName", out _));
        var tracingId = (await Ok(client, child + "/tracing", new { soughtGivenName = "Omar", soughtFamilyName = "Sow", soughtRelationship = "Father" })).GetProperty("id").GetGuid();
        var (noAction, noActionBody) = await PostAsync(client, $"{child}/tracing/{tracingId}/actions", new { takenOn = Today });
        Assert.Equal(HttpStatusCode.BadRequest, noAction.StatusCode);
        Assert.True(noActionBody.GetProperty("errors").TryGetProperty("action", out _));
        Assert.Equal(0, await app.WithDb(db => db.FamilyTracings.Where(t => t.Id == tracingId).SelectMany(t => t.Actions).CountAsync(Ct)));
    }
}

public sealed class TracingTests_Sqlite(SqliteApp app) : TracingTests<SqliteApp>(app);

public sealed class TracingTests_Postgres(PostgresApp app) : TracingTests<PostgresApp>(app);
