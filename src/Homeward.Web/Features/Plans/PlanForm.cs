using System.Globalization;
using Homeward.Domain.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Plans;

/// <summary>
/// The plan page's edit form as posted: text as typed, so that a value that does not parse comes back next to its
/// field. "Add" and "Remove" buttons post a command and the form comes back with the rows changed.
/// </summary>
public sealed class PlanForm
{
    public string? Revision { get; set; }
    public string? EconomicSummary { get; set; }
    public string? SocialSummary { get; set; }
    public string? PsychosocialSummary { get; set; }
    public string? Goals { get; set; }
    public string? PlannedEndOfAssistance { get; set; }
    public List<ActivityRow> Activities { get; set; } = [];
    public List<BudgetRow> BudgetLines { get; set; } = [];
    /// <summary>save, add-activity, remove-activity-{i}, add-line or remove-line-{i}.</summary>
    public string? Command { get; set; }

    public sealed class ActivityRow
    {
        public string? AssistanceType { get; set; }
        public string? Description { get; set; }
        public bool ReferralRequired { get; set; }
        public string? ResponsibleParty { get; set; }
        public string? DueOn { get; set; }
        public string? Status { get; set; }
    }

    public sealed class BudgetRow
    {
        public string? LineKey { get; set; }
        public string? Description { get; set; }
        public string? Dimension { get; set; }
        public string? EstimatedCost { get; set; }
    }

    public static PlanForm From(PlanVersionView? plan) => plan is null
        ? new PlanForm { Activities = [new()], BudgetLines = [new()] }
        : new PlanForm
        {
            Revision = plan.Revision.ToString(CultureInfo.InvariantCulture),
            EconomicSummary = plan.EconomicSummary,
            SocialSummary = plan.SocialSummary,
            PsychosocialSummary = plan.PsychosocialSummary,
            Goals = plan.Goals,
            PlannedEndOfAssistance = FieldIds.Date(plan.PlannedEndOfAssistance),
            Activities = plan.Activities.Select(a => new ActivityRow
            {
                AssistanceType = a.AssistanceType.ToString(), Description = a.Description, ReferralRequired = a.ReferralRequired,
                ResponsibleParty = a.ResponsibleParty, DueOn = FieldIds.Date(a.DueOn), Status = a.Status.ToString(),
            }).ToList(),
            BudgetLines = plan.BudgetLines.Select(l => new BudgetRow
            {
                LineKey = l.LineKey.ToString(), Description = l.Description, Dimension = l.Dimension.ToString(),
                EstimatedCost = l.EstimatedCost.ToString("0.00", CultureInfo.InvariantCulture),
            }).ToList(),
        };

    /// <summary>Applies an add or remove command; false when the command is to save.</summary>
    public bool ApplyRowCommand()
    {
        switch (Command)
        {
            case "add-activity": Activities.Add(new ActivityRow()); return true;
            case "add-line": BudgetLines.Add(new BudgetRow()); return true;
            case { } c when c.StartsWith("remove-activity-") && int.TryParse(c["remove-activity-".Length..], out var i) && i >= 0 && i < Activities.Count:
                Activities.RemoveAt(i); return true;
            case { } c when c.StartsWith("remove-line-") && int.TryParse(c["remove-line-".Length..], out var i) && i >= 0 && i < BudgetLines.Count:
                BudgetLines.RemoveAt(i); return true;
            default: return false;
        }
    }

    /// <summary>The sum of the costs typed so far, for the total shown under the rows.</summary>
    public decimal TypedTotal => BudgetLines.Sum(l => Money(l.EstimatedCost) ?? 0);

    /// <summary>The API's input, or the fields whose text does not parse; fully empty rows are left out.</summary>
    public (PlanInput? Input, FieldErrors Errors) ToInput(IStringLocalizer L)
    {
        var errors = new FieldErrors();
        var planned = Date(PlannedEndOfAssistance, "plannedEndOfAssistance", errors, L);
        var activities = Activities.Select((a, i) => (a, i)).Where(x => !IsEmpty(x.a)).Select(x => new ActivityInput
        {
            AssistanceType = Choice<AssistanceType>(x.a.AssistanceType),
            Description = x.a.Description,
            ReferralRequired = x.a.ReferralRequired,
            ResponsibleParty = x.a.ResponsibleParty,
            DueOn = Date(x.a.DueOn, $"activities[{x.i}].dueOn", errors, L),
            Status = Choice<ActivityStatus>(x.a.Status),
        }).ToList();
        var lines = BudgetLines.Select((l, i) => (l, i)).Where(x => !IsEmpty(x.l)).Select(x => new BudgetLineInput
        {
            LineKey = Guid.TryParse(x.l.LineKey, out var key) ? key : null,
            Description = x.l.Description,
            Dimension = Choice<Dimension>(x.l.Dimension),
            EstimatedCost = Cost(x.l.EstimatedCost, $"budgetLines[{x.i}].estimatedCost", errors, L),
        }).ToList();
        if (errors.Any) return (null, errors);
        return (new PlanInput
        {
            Revision = int.TryParse(Revision, NumberStyles.Integer, CultureInfo.InvariantCulture, out var revision) ? revision : null,
            EconomicSummary = EconomicSummary,
            SocialSummary = SocialSummary,
            PsychosocialSummary = PsychosocialSummary,
            Goals = Goals,
            PlannedEndOfAssistance = planned,
            Activities = activities,
            BudgetLines = lines,
        }, errors);
    }

    /// <summary>
    /// Empty rows are dropped before saving, so field errors from the use case would point at the wrong row; this
    /// maps them back to the row on the page.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> ToPageFields(IReadOnlyDictionary<string, string[]> errors)
    {
        var activityRows = Activities.Select((a, i) => (a, i)).Where(x => !IsEmpty(x.a)).Select(x => x.i).ToList();
        var lineRows = BudgetLines.Select((l, i) => (l, i)).Where(x => !IsEmpty(x.l)).Select(x => x.i).ToList();
        return errors.ToDictionary(kv => Remap(Remap(kv.Key, "activities[", activityRows), "budgetLines[", lineRows), kv => kv.Value);
    }

    private static string Remap(string field, string prefix, List<int> rows)
    {
        if (!field.StartsWith(prefix)) return field;
        var end = field.IndexOf(']');
        return int.TryParse(field[prefix.Length..end], out var i) && i < rows.Count ? $"{prefix}{rows[i]}{field[end..]}" : field;
    }

    private static bool IsEmpty(ActivityRow a) =>
        string.IsNullOrWhiteSpace(a.AssistanceType) && string.IsNullOrWhiteSpace(a.Description) && string.IsNullOrWhiteSpace(a.ResponsibleParty) && string.IsNullOrWhiteSpace(a.DueOn);

    private static bool IsEmpty(BudgetRow l) =>
        string.IsNullOrWhiteSpace(l.Description) && string.IsNullOrWhiteSpace(l.Dimension) && string.IsNullOrWhiteSpace(l.EstimatedCost);

    private static T? Choice<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _) ? value : null;

    private static decimal? Money(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    private static decimal? Cost(string? text, string field, FieldErrors errors, IStringLocalizer L)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var amount = Money(text);
        if (amount is null) errors.Add(field, L["Enter the amount as a number, such as 150.50."]);
        return amount;
    }

    private static DateOnly? Date(string? text, string field, FieldErrors errors, IStringLocalizer L)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var date = FieldIds.ParseDate(text);
        if (date is null) errors.Add(field, L["Enter the date as year-month-day."]);
        return date;
    }
}
