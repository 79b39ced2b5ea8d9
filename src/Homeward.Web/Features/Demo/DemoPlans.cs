using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.FollowUps;
using Homeward.Domain.Plans;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// Reintegration plans, assistance and follow-ups for synthetic cases past assessment: drafts in Planning, agreed
/// plans with deliveries and follow-up visits (some done, some overdue) from Implementation on.
/// </summary>
public sealed class DemoPlans(Random rng, DateOnly today)
{
    private sealed record Template(string Goal, AssistanceType Economic, (string Item, decimal Cost)[] Lines);

    private static readonly Template[] Templates =
    [
        new("Open a tailoring workshop in the neighbourhood", AssistanceType.IndividualMicroBusiness, [("Sewing machine", 450m), ("Fabric and thread", 150m), ("Workshop rent, 3 months", 240m)]),
        new("Restart livestock rearing", AssistanceType.IncomeGeneratingActivity, [("Six goats", 600m), ("Feed and veterinary care", 120m)]),
        new("Restock and expand the family shop", AssistanceType.IndividualMicroBusiness, [("Initial stock", 700m), ("Shelving and scale", 130m)]),
        new("Train as a mason and find work", AssistanceType.VocationalTraining, [("Masonry course fee", 300m), ("Toolkit", 180m)]),
        new("Work as a motorbike courier", AssistanceType.IncomeGeneratingActivity, [("Second-hand motorbike", 900m), ("Licence and insurance", 160m)]),
    ];

    public void AddFor(SyntheticCaseload.Batch batch, Case c, IReadOnlyList<int> followUpMonths, string caseManager, bool hasChildren)
    {
        if (c.Stage is CaseStage.Registered or CaseStage.Assessment) return;
        if (c.Stage == CaseStage.Closed && c.PlanAgreedOn is null) return;
        var template = Templates[rng.Next(Templates.Length)];
        var agreed = c.PlanAgreedOn is not null;
        var plan = new ReintegrationPlan
        {
            CaseId = c.Id, Status = agreed ? PlanStatus.Agreed : PlanStatus.Draft, AgreedOn = c.PlanAgreedOn,
            AgreementMethod = agreed ? "Signed by the returnee" : null, Goals = template.Goal, CreatedBy = caseManager,
            EconomicSummary = $"{template.Goal}; start-up support in kind.",
            SocialSummary = hasChildren ? "Children's school enrolment and birth certificates." : "Replace identity documents.",
            PsychosocialSummary = rng.Next(3) == 0 ? "Individual counselling sessions after the return." : "Participation in a community returnees' group.",
            PlannedEndOfAssistance = c.ReturnDate.AddMonths(12),
            CreatedAt = c.OpenedAt.AddDays(20),
        };
        plan.Activities.Add(Activity(plan, template.Economic, template.Goal, referral: template.Economic == AssistanceType.VocationalTraining, c));
        plan.Activities.Add(Activity(plan, hasChildren ? AssistanceType.Education : AssistanceType.Documentation,
            hasChildren ? "Enrol the children in the local school" : "Obtain a new national identity card", referral: true, c));
        if (rng.Next(2) == 0) plan.Activities.Add(Activity(plan, AssistanceType.Counselling, "Psychosocial counselling sessions", referral: true, c));
        foreach (var (item, cost) in template.Lines)
        {
            plan.BudgetLines.Add(new BudgetLine
            {
                PlanId = plan.Id, Description = item, Dimension = Dimension.Economic, EstimatedCost = cost,
                Approval = cost <= 500m ? BudgetApproval.NotRequired : agreed && rng.Next(4) > 0 ? BudgetApproval.Approved : BudgetApproval.Pending,
                ApprovedBy = cost > 500m && agreed ? "Moussa Sarr" : null,
            });
        }
        foreach (var line in plan.BudgetLines.Where(l => l.Approval == BudgetApproval.Approved)) line.ApprovedAt = c.OpenedAt.AddDays(25);
        batch.Plans.Add(plan);
        if (!agreed) return;

        batch.Events.Add(new CaseEvent { CaseId = c.Id, At = c.PlanAgreedOn!.Value.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), ActorName = caseManager, Kind = CaseEventKind.PlanAgreed, Summary = "Plan version 1 agreed with the returnee." });
        AddDeliveries(batch, c, plan, caseManager);
        AddFollowUps(batch, c, followUpMonths, caseManager);
    }

    private PlanActivity Activity(ReintegrationPlan plan, AssistanceType type, string description, bool referral, Case c) => new()
    {
        PlanId = plan.Id, AssistanceType = type, Dimension = AssistanceTypes.DimensionOf(type), Description = description, ReferralRequired = referral,
        ResponsibleParty = referral ? "Partner organisation" : "Case manager", DueOn = c.ReturnDate.AddMonths(rng.Next(2, 7)),
        Status = c.Stage is CaseStage.Monitoring or CaseStage.Closed ? ActivityStatus.Done : ActivityStatus.InProgress,
    };

    private void AddDeliveries(SyntheticCaseload.Batch batch, Case c, ReintegrationPlan plan, string caseManager)
    {
        foreach (var line in plan.BudgetLines.Where(l => PlanRules.PayableAmount(l) > 0))
        {
            if (c.Stage == CaseStage.Implementation && rng.Next(2) == 0) continue;
            var on = c.PlanAgreedOn!.Value.AddDays(rng.Next(3, 40));
            if (on > today) on = today;
            var inKind = rng.Next(3) > 0;
            batch.Deliveries.Add(new AssistanceDelivery
            {
                CaseId = c.Id, BudgetLineKey = line.LineKey, DeliveredOn = on, Amount = line.EstimatedCost, Currency = line.Currency,
                Method = inKind ? DeliveryMethod.InKind : rng.Next(2) == 0 ? DeliveryMethod.MobileMoney : DeliveryMethod.Voucher,
                Goods = inKind ? line.Description : null, Supplier = inKind ? "Local supplier" : null, DeliveredBy = caseManager,
            });
            batch.Events.Add(new CaseEvent { CaseId = c.Id, At = on.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), ActorName = caseManager, Kind = CaseEventKind.AssistanceDelivered, Summary = $"{line.Description}: {line.EstimatedCost:0.00} {line.Currency} delivered." });
        }
    }

    private void AddFollowUps(SyntheticCaseload.Batch batch, Case c, IReadOnlyList<int> months, string caseManager)
    {
        var visits = FollowUpSchedule.For(c.Id, c.ReturnDate, months, c.PlanAgreedOn!.Value);
        foreach (var visit in visits)
        {
            var due = visit.DueOn < today;
            var done = due && (c.Stage == CaseStage.Closed || rng.Next(100) < (c.Stage == CaseStage.Monitoring ? 85 : 60));
            if (c.Stage == CaseStage.Closed && !due) continue;
            if (done)
            {
                visit.DoneOn = visit.DueOn.AddDays(rng.Next(0, 6)) is var d && d > today ? today : visit.DueOn.AddDays(rng.Next(0, 6));
                visit.Mode = rng.Next(3) == 0 ? FollowUpMode.Phone : FollowUpMode.InPerson;
                visit.EconomicFindings = "Activity running; small but regular income.";
                visit.SocialFindings = "Housing stable; children attending school.";
                visit.PsychosocialFindings = "Feels supported by family; some worries about debt.";
                visit.NextSteps = "Check sales records at the next visit.";
                visit.RecordedBy = caseManager;
            }
            batch.FollowUps.Add(visit);
        }
        c.NextFollowUpDueOn = c.Stage == CaseStage.Closed ? null : batch.FollowUps.Where(v => v.CaseId == c.Id && v.DoneOn is null).Min(v => (DateOnly?)v.DueOn);
    }
}
