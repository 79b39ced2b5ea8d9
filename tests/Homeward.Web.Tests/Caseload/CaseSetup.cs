using Homeward.Domain.Cases;
using Homeward.Domain.FollowUps;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Caseload;

/// <summary>Fresh cases for caseload and follow-up tests, with a family name no other test uses so that a search isolates them.</summary>
public static class CaseSetup
{
    private const string Consonants = "bdfgjklmnprstvz";
    private const string Vowels = "aeiou";

    /// <summary>A pronounceable, letters-only name that is unique to one test (for example "Zulokavemi").</summary>
    public static string UniqueName(string prefix = "Zu")
    {
        var chars = new char[16];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = i % 2 == 0 ? Consonants[Random.Shared.Next(Consonants.Length)] : Vowels[Random.Shared.Next(Vowels.Length)];
        return prefix + new string(chars);
    }

    public static async Task<Guid> CreateAsync(HomewardApp app, string familyName, Action<Case>? set = null,
        CaseStage stage = CaseStage.Registered, string office = "Dakar office", DateOnly? returnDate = null, string givenName = "Test")
    {
        var created = await TestCases.CreateAsync(app, stage, office, returnDate: returnDate);
        await app.WithDb(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == created.PersonId);
            person.GivenName = givenName;
            person.FamilyName = familyName;
            person.RefreshSearchKeys();
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId);
            set?.Invoke(c);
            return await db.SaveChangesAsync();
        });
        return created.CaseId;
    }

    /// <summary>Adds scheduled visits to a case and keeps its next follow-up date in step, as the plan feature does.</summary>
    public static Task<List<Guid>> AddVisitsAsync(HomewardApp app, Guid caseId, params (int Months, DateOnly DueOn, DateOnly? DoneOn)[] visits) =>
        app.WithDb(async db =>
        {
            var added = visits.Select(v => new FollowUpVisit
            {
                CaseId = caseId, MonthsAfterReturn = v.Months, DueOn = v.DueOn, DoneOn = v.DoneOn,
                Mode = v.DoneOn is null ? null : FollowUpMode.InPerson, EconomicFindings = v.DoneOn is null ? null : "Seen earlier.",
            }).ToList();
            db.FollowUps.AddRange(added);
            var c = await db.Cases.SingleAsync(x => x.Id == caseId);
            c.NextFollowUpDueOn = added.Where(v => v.DoneOn is null).Min(v => (DateOnly?)v.DueOn);
            await db.SaveChangesAsync();
            return added.Select(v => v.Id).ToList();
        });

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
