using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Instruments;

/// <summary>The case's baseline sustainability scores: the first RSS round, as the plan template records them.</summary>
[ScopedService]
public sealed class BaselineRssQuery(HomewardDbContext db)
{
    public sealed record Baseline(DateOnly AnsweredOn, string InstrumentVersion, double? Composite, IReadOnlyList<(string Dimension, double? Score)> Dimensions);

    public async Task<Baseline?> RunAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) return null;
        var first = await (from s in db.InstrumentSubmissions
                           join i in db.Instruments on s.InstrumentId equals i.Id
                           where s.CaseId == caseId && i.Kind == AssessmentKind.SustainabilityBaseline
                           orderby s.AnsweredOn, s.SubmittedAt
                           select s.Id).FirstOrDefaultAsync(ct);
        if (first == Guid.Empty) return null;
        var score = await db.SubmissionScores.AsNoTracking().Include(x => x.Dimensions)
            .Where(x => x.SubmissionId == first).OrderBy(x => x.ScoredAt).FirstOrDefaultAsync(ct);
        var answeredOn = await db.InstrumentSubmissions.Where(s => s.Id == first).Select(s => s.AnsweredOn).FirstAsync(ct);
        return score is null ? null : new Baseline(answeredOn, score.InstrumentVersion, score.Composite,
            score.Dimensions.OrderBy(d => d.Position).Select(d => (d.Dimension, d.Score)).ToList());
    }
}
