using System.Runtime.CompilerServices;
using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Domain.Locations;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Case-level data for analysis, de-identified: a keyed pseudonym instead of any identifier (the same case gets the
/// same pseudonym in every export, and it cannot be turned back without the key), quasi-identifiers generalised
/// (age group, not birth date; quarter, not date; region, not community), no names, contacts, documents or free
/// text. Only returnees who consent to anonymised statistics. Rows are read from the database as they are written.
/// </summary>
[ScopedService]
public sealed class DeIdentifiedCaseExport(HomewardDbContext db, StatisticalFacts statistics)
{
    public static readonly object?[] Header =
    [
        "pseudonym", "sex", "age_group", "country", "region", "office", "return_type", "return_quarter", "vulnerability", "stage",
        "plan_agreed_quarter", "days_return_to_plan", "closure_quarter", "closure_reason", "deliveries", "follow_ups_due", "follow_ups_done",
        "rss_rounds", "rss_baseline_composite", "rss_latest_composite",
    ];

    public static readonly object?[] Hashtags =
    [
        "#affected+id+pseudonym", "#meta+sex", "#meta+age_group", "#country+code", "#adm1+name", "#org+office", "#meta+return_type", "#date+return",
        "#meta+vulnerability", "#status+stage", "#date+plan", "#indicator+days_to_plan", "#date+closure", "#meta+closure_reason",
        "#output+assistance+num", "#output+followup+due", "#output+followup+done", "#indicator+rss+rounds", "#indicator+rss+baseline",
        "#indicator+rss+latest",
    ];

    /// <summary>Records the export in the audit log; call before streaming the rows.</summary>
    public async Task AuditAsync(string format, CancellationToken ct)
    {
        db.RecordAccess("export", "Case", null, $"De-identified case-level export ({format})");
        await db.SaveChangesAsync(ct);
        // The pseudonym key is read now, so that the rows can stream without another query on the same connection.
        await db.Protection.HashDocumentNumberAsync(db, "PSEUDONYM", ct);
    }

    public async IAsyncEnumerable<object?[]> RowsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var places = await db.Locations.AsNoTracking().Select(l => new { l.Id, l.ParentId, l.Level, l.Code, l.Name }).ToDictionaryAsync(l => l.Id, ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        yield return Header;
        yield return Hashtags;
        var rows = from c in statistics.ConsentingCases().AsNoTracking()
                   join p in db.Persons on c.PrincipalPersonId equals p.Id
                   orderby c.Id
                   select new
                   {
                       c.Id, c.OfficeId, c.ReturnLocationId, c.ReturnDate, c.ReturnType, c.VulnerabilityFlag, c.Stage, c.PlanAgreedOn, c.ClosedAt, c.ClosureReason,
                       p.Sex, p.DateOfBirth,
                       Deliveries = db.AssistanceDeliveries.Count(d => d.CaseId == c.Id),
                       Due = db.FollowUps.Count(v => v.CaseId == c.Id && v.DueOn <= DateOnly.FromDateTime(DateTime.UtcNow)),
                       Done = db.FollowUps.Count(v => v.CaseId == c.Id && v.DoneOn != null),
                       Rounds = (from s in db.InstrumentSubmissions join i in db.Instruments on s.InstrumentId equals i.Id
                                 where s.CaseId == c.Id && i.Kind == AssessmentKind.SustainabilityBaseline select s.Id).Count(),
                       // The first and the latest survey, each with its latest scores.
                       Baseline = (from s in db.InstrumentSubmissions join i in db.Instruments on s.InstrumentId equals i.Id
                                   join sc in db.SubmissionScores on s.Id equals sc.SubmissionId
                                   where s.CaseId == c.Id && i.Kind == AssessmentKind.SustainabilityBaseline
                                   orderby s.AnsweredOn, s.SubmittedAt, sc.ScoredAt descending
                                   select sc.Composite).FirstOrDefault(),
                       Latest = (from s in db.InstrumentSubmissions join i in db.Instruments on s.InstrumentId equals i.Id
                                 join sc in db.SubmissionScores on s.Id equals sc.SubmissionId
                                 where s.CaseId == c.Id && i.Kind == AssessmentKind.SustainabilityBaseline
                                 orderby s.AnsweredOn descending, s.SubmittedAt descending, sc.ScoredAt descending
                                 select sc.Composite).FirstOrDefault(),
                   };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            string? country = null, region = null;
            for (var at = r.ReturnLocationId; at is { } id && places.TryGetValue(id, out var place); at = place.ParentId)
            {
                if (place.Level == LocationLevel.Country) country = place.Code;
                if (place.Level == LocationLevel.Region) region = place.Name;
            }
            int? age = r.DateOfBirth is { } dob ? r.ReturnDate.Year - dob.Year - (r.ReturnDate < dob.AddYears(r.ReturnDate.Year - dob.Year) ? 1 : 0) : null;
            yield return
            [
                await PseudonymAsync(r.Id, ct), r.Sex.ToString(), AgeGroups.Of(age), country, region, offices.GetValueOrDefault(r.OfficeId), r.ReturnType.ToString(),
                Quarter(r.ReturnDate), r.VulnerabilityFlag ? "yes" : "no", r.Stage.ToString(), Quarter(r.PlanAgreedOn),
                r.PlanAgreedOn is { } agreed ? agreed.DayNumber - r.ReturnDate.DayNumber : null,
                Quarter(r.ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : null), r.ClosureReason?.ToString(),
                r.Deliveries, r.Due, r.Done, r.Rounds, r.Baseline, r.Latest,
            ];
        }
    }

    /// <summary>A keyed hash of the case id: stable across exports, meaningless without the programme's key.</summary>
    private async Task<string> PseudonymAsync(Guid caseId, CancellationToken ct) =>
        "P" + (await db.Protection.HashDocumentNumberAsync(db, $"PSEUDONYM{caseId:N}", ct))![..16];

    private static string? Quarter(DateOnly? day) => day is { } d ? ReportingPeriod.Containing(d, PeriodLength.Quarter).ToString() : null;
}
