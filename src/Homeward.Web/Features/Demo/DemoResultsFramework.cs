using Homeward.Data;
using Homeward.Domain.Results;

namespace Homeward.Web.Features.Demo;

/// <summary>The demo programme's results framework: one objective, two outcomes, their outputs, and indicators computed or entered by hand.</summary>
public static class DemoResultsFramework
{
    public static void Add(HomewardDbContext db, DateOnly today)
    {
        var objective = Result(null, ResultLevel.Objective, "O", "Returnees achieve sustainable reintegration in their communities of return.", 0);
        var outcome1 = Result(objective, ResultLevel.Outcome, "1", "Returnees reach economic self-sufficiency, social stability and psychosocial well-being.", 0);
        var outcome2 = Result(objective, ResultLevel.Outcome, "2", "Returnees receive timely, tailored reintegration assistance.", 1);
        var output21 = Result(outcome2, ResultLevel.Output, "2.1", "Returnees are registered, counselled and agree a reintegration plan.", 0);
        var output22 = Result(outcome2, ResultLevel.Output, "2.2", "Reintegration assistance is delivered and followed up.", 1);
        var output23 = Result(outcome2, ResultLevel.Output, "2.3", "Partner service providers have the capacity to assist returnees.", 2);
        var output24 = Result(outcome2, ResultLevel.Output, "2.4", "Returnees and their neighbours take part in community projects in the communities of return.", 3);
        var activity = Result(output22, ResultLevel.Activity, "2.2.1", "Deliver cash and in-kind assistance against agreed budget lines.", 0);
        db.ResultStatements.AddRange(objective, outcome1, outcome2, output21, output22, output23, output24, activity);

        // The last eight quarters up to the current one.
        var current = ReportingPeriod.Containing(today, PeriodLength.Quarter);
        var quarters = Enumerable.Range(0, 8).Select(i => ReportingPeriod.Containing(current.Start.AddMonths(-3 * (7 - i)), PeriodLength.Quarter).ToString()).ToList();

        var position = 0;
        void Indicator(ResultStatement result, string code, string name, string definition, string unit, IndicatorKind? kind, decimal target,
            decimal? baseline = null, string? parameters = null, bool higherIsBetter = true, string source = "Homeward case records",
            string method = "Computed by Homeward from case records", string responsible = "M&E officer",
            string disaggregations = "Sex,AgeGroup,Vulnerability,Country,Office")
        {
            var indicator = new FrameworkIndicator
            {
                ResultId = result.Id, Code = code, Name = name, Definition = definition, Unit = unit, ComputedKind = kind, Parameters = parameters,
                Baseline = baseline, BaselineDate = baseline is null ? null : current.Start.AddYears(-2), DataSource = source, CollectionMethod = method,
                Frequency = PeriodLength.Quarter, Responsible = responsible, HigherIsBetter = higherIsBetter, Position = position++,
                Disaggregations = disaggregations,
            };
            indicator.Targets.AddRange(quarters.Select(q => new IndicatorTarget { IndicatorId = indicator.Id, Period = q, Target = target }));
            db.FrameworkIndicators.Add(indicator);
        }

        Indicator(outcome1, "1.a", "Returnees whose composite sustainability score improved", "Share of returnees surveyed at least twice whose latest composite RSS score is above their baseline.",
            "%", IndicatorKind.RssCompositeImproved, 60, source: "Reintegration Sustainability Survey", method: "RSS at baseline and follow-up rounds");
        Indicator(outcome1, "1.b", "Mean composite sustainability score at baseline", "Mean composite RSS score (0 to 1) at the baseline round.",
            "score", IndicatorKind.RssMeanScore, 0.5m, parameters: "score=composite;round=0", source: "Reintegration Sustainability Survey", method: "RSS at baseline");
        Indicator(output21, "2.1.a", "Returnees registered", "Returnees whose case was registered in the quarter.", "people", IndicatorKind.ReturneesRegistered, 25);
        Indicator(output21, "2.1.b", "Plans agreed within the deadline", "Share of plans agreed in the quarter within the programme's deadline after return.",
            "%", IndicatorKind.PlansAgreedWithinDeadline, 80, baseline: 55);
        Indicator(output21, "2.1.c", "Median days from return to plan", "Median days between return and plan agreement.", "days",
            IndicatorKind.MedianDaysReturnToPlan, 30, baseline: 45, higherIsBetter: false);
        Indicator(output21, "2.1.d", "Children with a best-interests assessment", "Share of the children returning with a family in the quarter who have had a best-interests assessment.",
            "%", IndicatorKind.ChildrenAssessedShare, 90, source: "Best-interests assessments", disaggregations: "Sex,AgeGroup,Country");
        Indicator(output22, "2.2.a", "Follow-up visits done against due", "Share of follow-up visits due in the quarter that were done.", "%", IndicatorKind.FollowUpsDone, 90);
        Indicator(output22, "2.2.b", "Budget execution", "Value delivered as a share of the budget of the plans agreed in the quarter.", "%", IndicatorKind.BudgetExecution, 70);
        Indicator(activity, "2.2.1.a", "Value of assistance delivered", "Value of cash and in-kind assistance delivered in the quarter (EUR).", "EUR", IndicatorKind.AssistanceValue, 5000);
        Indicator(output23, "2.3.a", "Partner staff trained", "Staff of partner service providers who completed a training on reintegration assistance.",
            "people", null, 10, source: "Training attendance lists", method: "Attendance lists entered by hand", responsible: "Programme manager");
        Indicator(output23, "2.3.b", "Capacity-strengthening participants", "Staff of partner institutions taking part in trainings and technical support held in the quarter.",
            "people", IndicatorKind.CapacityStrengtheningParticipants, 10, source: "Capacity-strengthening activities", method: "Computed by Homeward from the activities recorded",
            disaggregations: "CapacityActivity,StakeholderType");
        Indicator(output24, "2.4.a", "Community project participants", "Returnees and non-migrant community members taking part in community projects, by when they joined.",
            "people", IndicatorKind.CommunityProjectParticipants, 20, source: "Community project records", method: "Computed by Homeward from project participants",
            disaggregations: "ParticipantType,Sex,AgeGroup,Country");
        Indicator(output24, "2.4.b", "Community projects under way", "Community projects running in the quarter.", "projects", IndicatorKind.CommunityProjectsUnderWay, 3,
            source: "Community project records", method: "Computed by Homeward from project records", disaggregations: "Country,Location");
        var trained = db.ChangeTracker.Entries<FrameworkIndicator>().Single(e => e.Entity.Code == "2.3.a").Entity;
        db.IndicatorManualValues.AddRange(quarters.Take(7).Select((q, i) => new IndicatorManualValue
        {
            IndicatorId = trained.Id, Period = q, Value = 6 + i % 3 * 3, Evidence = $"Attendance list {q}, training of partner staff", EnteredBy = "M&E Officer",
        }));
    }

    private static ResultStatement Result(ResultStatement? parent, ResultLevel level, string code, string statement, int position) =>
        new() { ParentId = parent?.Id, Level = level, Code = code, Statement = statement, Position = position };
}
