using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Domain.Feasibility;
using Homeward.Domain.Plans;
using Homeward.Domain.ServiceMap;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Feasibility;

/// <summary>Reads the programme's feasibility grid and replaces it as a whole; a grid with any row at fault is refused, naming it.</summary>
[Infrastructure.ScopedService]
public sealed class GridEditor(HomewardDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<GridApproachView>> ReadAsync(CancellationToken ct = default) =>
        (await db.FeasibilityApproaches.AsNoTracking().Include(a => a.Criteria).OrderBy(a => a.SortOrder).ToListAsync(ct))
        .Select(a => new GridApproachView(a.Id, a.Dimension, a.Name, a.UsefulFor, a.AssistanceType,
            a.Criteria.OrderBy(c => c.SortOrder).Select(c => new GridCriterionView(c.Id, c.Level, c.Text, c.Rule, c.ServiceType, c.AssessmentKind, c.Skill)).ToList()))
        .ToList();

    /// <summary>Replaces the grid. The case managers' ticks on the criteria replaced go with them.</summary>
    public async Task<Outcome<IReadOnlyList<GridApproachView>>> ReplaceAsync(IReadOnlyList<GridApproachInput>? rows, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var built = new List<FeasibilityApproach>();
        if (rows is null || rows.Count == 0) errors.Add("request", L["Send at least one approach."].Value);
        for (var i = 0; i < (rows?.Count ?? 0); i++)
        {
            var row = rows![i];
            var at = $"[{i}].";
            var approach = new FeasibilityApproach { Name = UserInput.Clean(row.Name) ?? "", UsefulFor = UserInput.Clean(row.UsefulFor), SortOrder = i };
            if (approach.Name.Length is 0 or > 200) errors.Add(at + "name", L["Enter the name of the approach (up to 200 characters)."].Value);
            if (approach.UsefulFor?.Length > 1000) errors.Add(at + "usefulFor", L["Keep this to {0} characters or fewer.", 1000].Value);
            if (!UserInput.TryParse<Dimension>(row.Dimension, out var dimension)) errors.Add(at + "dimension", L["Choose one of: {0}.", UserInput.Names<Dimension>()].Value);
            if (!UserInput.TryParse<AssistanceType>(row.AssistanceType, out var assistance)) errors.Add(at + "assistanceType", L["Choose one of: {0}.", UserInput.Names<AssistanceType>()].Value);
            approach.Dimension = dimension;
            approach.AssistanceType = assistance;
            var criteria = row.Criteria ?? [];
            if (criteria.Count == 0) errors.Add(at + "criteria", L["Give the approach at least one criterion."].Value);
            for (var j = 0; j < criteria.Count; j++)
            {
                var c = criteria[j];
                var cat = $"{at}criteria[{j}].";
                var criterion = new FeasibilityCriterion { Text = UserInput.Clean(c.Text) ?? "", SortOrder = j };
                if (criterion.Text.Length is 0 or > 500) errors.Add(cat + "text", L["Say what must hold (up to 500 characters)."].Value);
                if (!UserInput.TryParse<CriterionLevel>(c.Level, out var level)) errors.Add(cat + "level", L["Choose one of: {0}.", UserInput.Names<CriterionLevel>()].Value);
                var rule = CriterionRule.Manual;
                if (UserInput.Clean(c.Rule) is not null && !UserInput.TryParse(c.Rule, out rule)) errors.Add(cat + "rule", L["Choose one of: {0}.", UserInput.Names<CriterionRule>()].Value);
                criterion.Level = level;
                criterion.Rule = rule;
                if (rule == CriterionRule.ServiceWithCapacity)
                {
                    if (UserInput.TryParse<ServiceType>(c.ServiceType, out var type)) criterion.ServiceType = type;
                    else errors.Add(cat + "serviceType", L["Choose one of: {0}.", UserInput.Names<ServiceType>()].Value);
                }
                if (rule == CriterionRule.AssessmentRecorded)
                {
                    if (UserInput.TryParse<AssessmentKind>(c.AssessmentKind, out var kind)) criterion.AssessmentKind = kind;
                    else errors.Add(cat + "assessmentKind", L["Choose one of: {0}.", UserInput.Names<AssessmentKind>()].Value);
                }
                if (rule == CriterionRule.LabourMarketDemand)
                {
                    criterion.Skill = UserInput.Clean(c.Skill);
                    if (criterion.Skill is null or { Length: > 200 }) errors.Add(cat + "skill", L["Name the skill or trade looked for (up to 200 characters)."].Value);
                }
                approach.Criteria.Add(criterion);
            }
            built.Add(approach);
        }
        if (errors.Any) return Outcome<IReadOnlyList<GridApproachView>>.Invalid(errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.FeasibilityApproaches.RemoveRange(await db.FeasibilityApproaches.Include(a => a.Criteria).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        db.FeasibilityApproaches.AddRange(built);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Outcome<IReadOnlyList<GridApproachView>>.Done(await ReadAsync(ct));
    }
}
