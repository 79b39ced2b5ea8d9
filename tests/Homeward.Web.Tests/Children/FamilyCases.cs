using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.People;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Children;

/// <summary>A fresh family case for one test: the returnee, a child of 10, a child of 4 with an estimated date of birth, and a son who turned 18 after the return.</summary>
public static class FamilyCases
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public sealed record Family(Guid CaseId, Guid PrincipalId, Guid Amina, Guid Ousmane, Guid Ibrahima);

    public static async Task<Family> CreateAsync(HomewardApp app, CaseStage stage = CaseStage.Assessment, ReturnType returnType = ReturnType.VoluntaryAssisted,
        string office = "Dakar office")
    {
        var created = await TestCases.CreateAsync(app, stage, office, assessments: 1);
        return await app.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId, Ct);
            c.ReturnType = returnType;
            var family = await db.Persons.Where(p => p.Id == created.PersonId).Select(p => p.FamilyName).SingleAsync(Ct);
            Person Member(string name, DateOnly born, bool estimated = false, HouseholdRelationship relationship = HouseholdRelationship.Child)
            {
                var p = new Person
                {
                    GivenName = name, FamilyName = family, Sex = name == "Amina" ? Sex.Female : Sex.Male, DateOfBirth = born,
                    DateOfBirthEstimated = estimated, HouseholdId = c.HouseholdId, Relationship = relationship,
                };
                p.RefreshSearchKeys();
                db.Persons.Add(p);
                return p;
            }
            var amina = Member("Amina", Today.AddYears(-10).AddDays(-40));
            var ousmane = Member("Ousmane", Today.AddYears(-4), estimated: true);
            // Returned ten days ago at 17; 18 three days ago.
            var ibrahima = Member("Ibrahima", Today.AddYears(-18).AddDays(-3));
            await db.SaveChangesAsync(Ct);
            return new Family(c.Id, created.PersonId, amina.Id, ousmane.Id, ibrahima.Id);
        });
    }

    public static object Heard(DateOnly? on = null, string step = "Assessment") => new
    {
        heardOn = on ?? Today, step, heard = true, method = "IndividualConversation", language = "Wolof", adultPresent = "Mother",
        childViews = "I want to go back to my old school and see my friends.",
    };

    public static object HeardInAssessment() => new
    {
        heard = true, method = "PlayOrDrawing", language = "Wolof", adultPresent = "Aunt", childViews = "Wants to live with her aunt and go to school.",
    };

    /// <summary>Complete answers to the short form; the return finding is given.</summary>
    public static Dictionary<string, object> ShortAnswers(string returnFinding = "in_best_interests") => new()
    {
        ["immediate_danger"] = "no", ["care_arrangement"] = "parents", ["care_adequate"] = "yes", ["health_needs"] = "no", ["in_school"] = "no",
        ["urgent_actions"] = "Enrol her in the local school before the term starts.", ["return_in_best_interests"] = returnFinding,
        ["findings"] = "Safe with her mother; needs school enrolment.",
    };

    public static object Bia(string form = "Short", Dictionary<string, object>? answers = null, object? participation = null, DateOnly? on = null) => new
    {
        form, conductedOn = on ?? Today, answers = answers ?? ShortAnswers(), participation = participation ?? HeardInAssessment(),
    };

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static string Child(Guid caseId, Guid personId, string rest = "") => $"/api/v1/cases/{caseId}/children/{personId}{rest}";
}
