using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.FollowUps;
using Homeward.Domain.People;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// What a case gathers over a long programme, added to benchmark data so that the numbers per case reach the performance
/// issue's size L (about 7.5 assessments and 5 follow-ups per case): once the case is assessed, the family situation and
/// risk assessments, a full vulnerability screening when the rapid one flagged, a rapid screening of every other member of
/// the household and a risk assessment of each child; once the plan is agreed, unscheduled phone check-ins between the
/// scheduled visits, until closure or today, and a risk review at each scheduled visit done.
/// </summary>
public sealed class SyntheticCaseHistory(Random rng, DateOnly today)
{
    private static readonly string[] CheckInFindings =
    [
        "Activity running; sales slow this month.", "Income regular; saving for more stock.", "Looking for work since the season ended.",
        "Training attended; starts an apprenticeship next month.", "Business paused during the rains.",
    ];

    public void Add(SyntheticCaseload.Batch batch, IReadOnlyDictionary<Guid, string> caseManagerNames)
    {
        var members = batch.Persons.ToLookup(p => p.HouseholdId);
        var visitsDone = batch.FollowUps.Where(v => v.DoneOn is not null).ToLookup(v => v.CaseId);
        var assessedOn = batch.Assessments.Where(a => a.Kind == AssessmentKind.RapidVulnerabilityScreening)
            .GroupBy(a => a.CaseId).ToDictionary(g => g.Key, g => g.Min(a => a.ConductedOn));
        foreach (var c in batch.Cases)
        {
            var by = c.CaseManagerId is { } m && caseManagerNames.TryGetValue(m, out var name) ? name : "Case manager";
            if (assessedOn.TryGetValue(c.Id, out var on)) AddAssessments(batch, c, members[c.HouseholdId], on, by);
            if (c.PlanAgreedOn is not { } agreed) continue;
            foreach (var visit in visitsDone[c.Id]) AddReview(batch, c, visit.DoneOn!.Value, by);
            AddCheckIns(batch, c, agreed, by);
        }
    }

    private void AddAssessments(SyntheticCaseload.Batch batch, Case c, IEnumerable<Person> household, DateOnly on, string by)
    {
        void Add(Guid personId, AssessmentKind kind, DateOnly day, string findings)
        {
            batch.Assessments.Add(new AssessmentRecord { CaseId = c.Id, PersonId = personId, Kind = kind, ConductedOn = day, ConductedBy = by, Findings = findings });
            c.AssessmentCount++;
        }
        Add(c.PrincipalPersonId, AssessmentKind.FamilySituation, on.AddDays(2), "Lives with relatives; family supportive of the return.");
        Add(c.PrincipalPersonId, AssessmentKind.Risk, on.AddDays(2), "No immediate protection risk identified.");
        if (c.VulnerabilityFlag) Add(c.PrincipalPersonId, AssessmentKind.FullVulnerabilityScreening, on.AddDays(5), "Needs medical follow-up and psychosocial support.");
        foreach (var member in household.Where(p => p.Id != c.PrincipalPersonId))
        {
            Add(member.Id, AssessmentKind.RapidVulnerabilityScreening, on, "No vulnerability flagged.");
            if (member.Relationship == HouseholdRelationship.Child) Add(member.Id, AssessmentKind.Risk, on.AddDays(2), "Attends school; no child protection concern.");
        }
        batch.Events.Add(new CaseEvent
        {
            CaseId = c.Id, At = on.AddDays(2).ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc), ActorId = c.CaseManagerId, ActorName = by,
            Kind = CaseEventKind.AssessmentRecorded, Summary = "Family situation and risk assessments recorded, and each household member screened.",
        });
    }

    private static void AddReview(SyntheticCaseload.Batch batch, Case c, DateOnly on, string by)
    {
        batch.Assessments.Add(new AssessmentRecord
        {
            CaseId = c.Id, PersonId = c.PrincipalPersonId, Kind = AssessmentKind.Risk, ConductedOn = on, ConductedBy = by,
            Findings = "Reviewed at the follow-up visit: no new risk.",
        });
        c.AssessmentCount++;
    }

    private void AddCheckIns(SyntheticCaseload.Batch batch, Case c, DateOnly agreed, string by)
    {
        var last = c.ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : today;
        var span = last.DayNumber - agreed.DayNumber;
        var count = Math.Min(rng.Next(4, 10), span / 15);
        for (var i = 1; i <= count; i++)
        {
            var on = agreed.AddDays(span * i / (count + 1));
            batch.FollowUps.Add(new FollowUpVisit
            {
                CaseId = c.Id, MonthsAfterReturn = 0, DueOn = on, DoneOn = on, Mode = FollowUpMode.Phone, RecordedBy = by,
                EconomicFindings = CheckInFindings[rng.Next(CheckInFindings.Length)], NextSteps = "Call again in a few weeks.",
            });
        }
    }
}
