using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

public sealed record EvaluationInput(string? Title, EvaluationType? Type, IReadOnlyList<string>? Criteria, string? Evaluator, DateOnly? StartedOn,
    DateOnly? EndedOn, string? Findings, IReadOnlyList<string>? Recommendations);

public sealed record ResponseInput(ManagementResponse? Response, string? Note, string? FollowUpAction, string? Responsible, DateOnly? DueOn, FollowUpProgress? Progress);

public sealed record EvaluationView(Guid Id, string Title, EvaluationType Type, IReadOnlyList<string> Criteria, string Evaluator, DateOnly StartedOn,
    DateOnly? EndedOn, string? Findings, string RecordedBy, IReadOnlyList<RecommendationView> Recommendations)
{
    public static EvaluationView Of(Evaluation e) => new(e.Id, e.Title, e.Type,
        Enum.GetValues<EvaluationCriteria>().Where(c => c != EvaluationCriteria.None && e.Criteria.HasFlag(c)).Select(c => c.ToString()).ToList(),
        e.Evaluator, e.StartedOn, e.EndedOn, e.Findings, e.RecordedBy,
        e.Recommendations.OrderBy(r => r.Position).Select(r => new RecommendationView(r.Id, r.Text, r.Response, r.ResponseNote, r.FollowUpAction, r.Responsible, r.DueOn, r.Progress)).ToList());
}

public sealed record RecommendationView(Guid Id, string Text, ManagementResponse Response, string? Note, string? FollowUpAction, string? Responsible, DateOnly? DueOn, FollowUpProgress Progress);

/// <summary>Evaluation records: recording one with its recommendations, and management's response to each with its follow-up.</summary>
[ScopedService]
public sealed class Evaluations(HomewardDbContext db, CurrentUser user)
{
    public async Task<IReadOnlyList<EvaluationView>> ListAsync(CancellationToken ct = default) =>
        (await db.Evaluations.AsNoTracking().Include(e => e.Recommendations).OrderByDescending(e => e.StartedOn).ToListAsync(ct)).Select(EvaluationView.Of).ToList();

    public async Task<EvaluationView> RecordAsync(EvaluationInput input, CancellationToken ct = default)
    {
        var criteria = EvaluationCriteria.None;
        foreach (var name in input.Criteria ?? [])
        {
            if (!Enum.TryParse<EvaluationCriteria>(name, true, out var c) || c == EvaluationCriteria.None || !Enum.IsDefined(c))
                throw new DomainRuleException("evaluation-criterion", $"'{name}' is not one of relevance, coherence, effectiveness, efficiency, impact, sustainability.", "criteria");
            criteria |= c;
        }
        if (input.Type is null) throw new DomainRuleException("evaluation-type", "Say what kind of evaluation it is.", "type");
        if (input.StartedOn is null) throw new DomainRuleException("evaluation-start", "Enter the date the evaluation started.", "startedOn");
        if ((input.Recommendations ?? []).Any(string.IsNullOrWhiteSpace))
            throw new DomainRuleException("recommendation-empty", "A recommendation cannot be empty.", "recommendations");
        var evaluation = new Evaluation
        {
            Title = input.Title?.Trim() ?? "", Type = input.Type.Value, Criteria = criteria, Evaluator = input.Evaluator?.Trim() ?? "",
            StartedOn = input.StartedOn.Value, EndedOn = input.EndedOn, Findings = input.Findings?.Trim(), RecordedBy = user.Name,
        };
        EvaluationRules.Check(evaluation);
        evaluation.Recommendations.AddRange((input.Recommendations ?? []).Select((text, i) =>
            new EvaluationRecommendation { EvaluationId = evaluation.Id, Position = i, Text = text.Trim() }));
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync(ct);
        return EvaluationView.Of(evaluation);
    }

    /// <returns>Null when there is no such recommendation in that evaluation.</returns>
    public async Task<EvaluationView?> RespondAsync(Guid evaluationId, Guid recommendationId, ResponseInput input, CancellationToken ct = default)
    {
        var evaluation = await db.Evaluations.Include(e => e.Recommendations).FirstOrDefaultAsync(e => e.Id == evaluationId, ct);
        if (evaluation?.Recommendations.FirstOrDefault(r => r.Id == recommendationId) is not { } recommendation) return null;
        EvaluationRules.Respond(recommendation, input.Response ?? ManagementResponse.Pending, input.Note, input.FollowUpAction, input.Responsible, input.DueOn,
            input.Progress ?? FollowUpProgress.NotStarted);
        await db.SaveChangesAsync(ct);
        return EvaluationView.Of(evaluation);
    }
}
