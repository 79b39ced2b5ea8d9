using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>Each child's own view in a family case: age, adulthood, participation, activities and follow-up findings, and every refusal leaving the data as it was.</summary>
public abstract class ChildViewTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string CaseManager = "casemanager@demo.homeward";
    private const string Supervisor = "manager@demo.homeward";

    [Fact]
    public async Task Children_AreListedWithAge_AndTheDayTheyTurn18_IncludingASonWhoBecameAnAdultSinceTheReturn()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{family.CaseId}/children", Ct);

        var children = list.EnumerateArray().ToDictionary(c => c.GetProperty("personId").GetGuid());
        Assert.Equal(3, children.Count);
        Assert.DoesNotContain(family.PrincipalId, children.Keys);
        Assert.Equal(10, children[family.Amina].GetProperty("age").GetInt32());
        Assert.True(children[family.Amina].GetProperty("isChild").GetBoolean());
        Assert.Equal(Today.AddYears(-10).AddDays(-40).AddYears(18), DateOnly.Parse(children[family.Amina].GetProperty("adultOn").GetString()!));
        Assert.True(children[family.Ousmane].GetProperty("dateOfBirthEstimated").GetBoolean());
        Assert.Equal(4, children[family.Ousmane].GetProperty("age").GetInt32());
        Assert.False(children[family.Ibrahima].GetProperty("isChild").GetBoolean());
        Assert.Equal(Today.AddDays(-3), DateOnly.Parse(children[family.Ibrahima].GetProperty("adultOn").GetString()!));
        Assert.Equal(0, children[family.Amina].GetProperty("bestInterestsAssessments").GetInt32());
    }

    [Fact]
    public async Task Participation_IsRecordedOnTheChild_AndTheChildsWordsAreWithheldFromAReaderWithoutThePermission()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);

        var (response, saved) = await PostAsync(client, Child(family.CaseId, family.Amina, "/participation"), Heard());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("I want to go back to my old school and see my friends.", saved.GetProperty("childViews").GetString());
        var view = await client.GetFromJsonAsync<JsonElement>(Child(family.CaseId, family.Amina), Ct);
        var heard = Assert.Single(view.GetProperty("participation").EnumerateArray());
        Assert.Equal(("Wolof", "Mother", "IndividualConversation"),
            (heard.GetProperty("language").GetString(), heard.GetProperty("adultPresent").GetString(), heard.GetProperty("method").GetString()));
        Assert.Equal("I want to go back to my old school and see my friends.", heard.GetProperty("childViews").GetString());

        var supervisor = await app.SignedInAs(Supervisor);
        var restricted = await supervisor.GetFromJsonAsync<JsonElement>(Child(family.CaseId, family.Amina), Ct);
        Assert.True(restricted.GetProperty("contentRestricted").GetBoolean());
        var withheld = Assert.Single(restricted.GetProperty("participation").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, withheld.GetProperty("childViews").ValueKind);
        Assert.Equal("Wolof", withheld.GetProperty("language").GetString());
        // The child's words are encrypted at rest and the read of the child's record is audited.
        var stored = await Protection.ProtectionData.RawTextAsync(app, "child_participations", "ChildViews", saved.GetProperty("id").GetGuid());
        Assert.StartsWith(Homeward.Data.Protection.FieldProtection.TextMarker, stored);
        Assert.DoesNotContain("old school", stored);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Read && e.EntityId == family.Amina.ToString(), Ct)));
    }

    public static TheoryData<string, string> BadParticipation => new()
    {
        { """{"heardOn":"2020-01-01","step":"Assessment"}""", "heard" },
        { """{"heardOn":"2020-01-01","heard":true}""", "step" },
        { """{"step":"Assessment","heard":true,"method":"PlayOrDrawing","language":"Wolof","childViews":"x"}""", "heardOn" },
        { $$"""{"heardOn":"{{Today.AddDays(2):yyyy-MM-dd}}","step":"Assessment","heard":true,"method":"PlayOrDrawing","language":"Wolof","childViews":"x"}""", "heardOn" },
        { """{"heardOn":"2020-01-01","step":"Assessment","heard":true,"language":"Wolof","childViews":"x"}""", "method" },
        { """{"heardOn":"2020-01-01","step":"Assessment","heard":true,"method":"PlayOrDrawing","childViews":"x"}""", "language" },
        { """{"heardOn":"2020-01-01","step":"Assessment","heard":true,"method":"PlayOrDrawing","language":"Wolof"}""", "childViews" },
        { """{"heardOn":"2020-01-01","step":"Assessment","heard":false}""", "notHeardReason" },
        { """{"heardOn":"2020-01-01","step":"Assessment","heard":true,"method":"Telepathy"}""", "method" },
    };

    [Theory]
    [MemberData(nameof(BadParticipation))]
    public async Task Participation_WithAFieldMissingOrWrong_Is400NamingIt_AndNothingIsSaved(string body, string field)
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);

        var response = await client.PostAsync(Child(family.CaseId, family.Amina, "/participation"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, await app.WithDb(db => db.ChildParticipations.CountAsync(p => p.CaseId == family.CaseId, Ct)));
    }

    [Fact]
    public async Task Records_OnAnAdult_Are409_OnAnotherHouseholdsPerson_OrAnOutOfScopeCase_404_AndNothingIsSaved()
    {
        var family = await CreateAsync(app);
        var other = await CreateAsync(app);
        var erbil = await CreateAsync(app, office: "Erbil office");
        var client = await app.SignedInAs(CaseManager);

        var (adult, adultBody) = await PostAsync(client, Child(family.CaseId, family.Ibrahima, "/participation"), Heard());
        var (principal, _) = await PostAsync(client, Child(family.CaseId, family.PrincipalId, "/activities"), new { area = "Health", description = "Check-up" });
        var (stranger, _) = await PostAsync(client, Child(family.CaseId, other.Amina, "/participation"), Heard());
        var (outOfScope, _) = await PostAsync(client, Child(erbil.CaseId, erbil.Amina, "/participation"), Heard());

        Assert.Equal(HttpStatusCode.Conflict, adult.StatusCode);
        Assert.Equal("not-a-child", adultBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, principal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outOfScope.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Child(erbil.CaseId, erbil.Amina), Ct)).StatusCode);
        Assert.Equal((0, 0), await app.WithDb(async db => (
            await db.ChildParticipations.CountAsync(p => p.CaseId == family.CaseId || p.CaseId == other.CaseId || p.CaseId == erbil.CaseId, Ct),
            await db.ChildActivities.CountAsync(a => a.CaseId == family.CaseId, Ct))));
    }

    [Fact]
    public async Task ChildActivities_AndFollowUpFindings_AreTheChildsOwn_AndBadOnesAre400NamingTheField()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);
        var activities = Child(family.CaseId, family.Amina, "/activities");
        var findings = Child(family.CaseId, family.Amina, "/follow-up-findings");

        var noDescription = await PostAsync(client, activities, new { area = "EducationContinuity" });
        var badArea = await PostAsync(client, activities, new { area = "Sports", description = "Football club" });
        var noArea = await PostAsync(client, activities, new { description = "Football club" });
        var empty = await PostAsync(client, findings, new { seenOn = Today });
        var future = await PostAsync(client, findings, new { seenOn = Today.AddDays(1), inSchool = true });
        Assert.All([noDescription, badArea, noArea, empty, future], r => Assert.Equal(HttpStatusCode.BadRequest, r.Response.StatusCode));
        Assert.True(noDescription.Body.GetProperty("errors").TryGetProperty("description", out _));
        Assert.True(badArea.Body.GetProperty("errors").TryGetProperty("area", out _));
        Assert.True(noArea.Body.GetProperty("errors").TryGetProperty("area", out _));
        Assert.True(empty.Body.GetProperty("errors").TryGetProperty("findings", out _));
        Assert.True(future.Body.GetProperty("errors").TryGetProperty("seenOn", out _));
        Assert.Equal((0, 0), await app.WithDb(async db => (await db.ChildActivities.CountAsync(a => a.CaseId == family.CaseId, Ct),
            await db.ChildFollowUpFindings.CountAsync(f => f.CaseId == family.CaseId, Ct))));

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, activities,
            new { area = "BirthRegistrationAndDocuments", description = "Birth certificate at the civil registry", responsibleParty = "Mairie de Pikine", dueOn = Today.AddMonths(1) })).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(client, findings, new { seenOn = Today, inSchool = true, findings = "Back in class, doing well." })).Response.StatusCode);

        var view = await client.GetFromJsonAsync<JsonElement>(Child(family.CaseId, family.Amina), Ct);
        Assert.Equal("BirthRegistrationAndDocuments", Assert.Single(view.GetProperty("activities").EnumerateArray()).GetProperty("area").GetString());
        var finding = Assert.Single(view.GetProperty("followUpFindings").EnumerateArray());
        Assert.True(finding.GetProperty("inSchool").GetBoolean());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>(Child(family.CaseId, family.Ousmane), Ct)).GetProperty("activities").EnumerateArray());
        Assert.Equal(2, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == family.CaseId && e.Kind == CaseEventKind.ChildRecorded, Ct)));
    }
}

public sealed class ChildViewTests_Sqlite(SqliteApp app) : ChildViewTests<SqliteApp>(app);

public sealed class ChildViewTests_Postgres(PostgresApp app) : ChildViewTests<PostgresApp>(app);
