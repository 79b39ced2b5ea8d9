using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.Referrals;
using Homeward.Domain.ServiceMap;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// Referrals for benchmark data: each plan activity marked "referral required", on a case with an agreed plan whose
/// returnee consented to referral to partners, is referred to a service of the same dimension on the service map. The
/// status follows the case: drafts, sent, accepted, in progress, declined or withdrawn while the plan is carried out;
/// mostly completed (some not completed, declined or withdrawn) once it is monitored or closed. Sent referrals carry the
/// values shared (name, contact, need) and every step in their history and on the timeline; a sent referral past its
/// answer date is marked as already notified, as the overdue pass would have done.
/// </summary>
public sealed class DemoReferrals(Random rng, DateOnly today, IReadOnlyList<PartnerService> services)
{
    private static readonly (ReferralStatus Status, int Weight)[] UnderWay =
    [
        (ReferralStatus.Draft, 10), (ReferralStatus.Sent, 25), (ReferralStatus.Accepted, 20), (ReferralStatus.InProgress, 25),
        (ReferralStatus.Declined, 10), (ReferralStatus.Withdrawn, 10),
    ];

    private static readonly (ReferralStatus Status, int Weight)[] Done =
    [
        (ReferralStatus.Completed, 60), (ReferralStatus.NotCompleted, 15), (ReferralStatus.Declined, 10), (ReferralStatus.Withdrawn, 10),
        (ReferralStatus.InProgress, 5),
    ];

    public void Add(SyntheticCaseload.Batch batch, IReadOnlyDictionary<Guid, string> caseManagerNames)
    {
        if (services.Count == 0) return;
        var consenting = batch.Consents.Where(c => c.Purpose == ConsentPurpose.ReferralToPartners).Select(c => c.PersonId).ToHashSet();
        var persons = batch.Persons.ToDictionary(p => p.Id);
        var plans = batch.Plans.Where(p => p.AgreedOn is not null).ToDictionary(p => p.CaseId);
        foreach (var c in batch.Cases)
        {
            if (!plans.TryGetValue(c.Id, out var plan) || !consenting.Contains(c.PrincipalPersonId)) continue;
            var by = c.CaseManagerId is { } m && caseManagerNames.TryGetValue(m, out var name) ? name : "Case manager";
            foreach (var activity in plan.Activities.Where(a => a.ReferralRequired))
            {
                var matching = services.Where(s => s.Dimension == activity.Dimension).ToList();
                var service = matching.Count > 0 ? matching[rng.Next(matching.Count)] : services[rng.Next(services.Count)];
                var status = Pick(c.Stage == CaseStage.Implementation ? UnderWay : Done);
                if (c.Stage == CaseStage.Closed && ReferralFlow.IsOpen(status)) status = ReferralStatus.Completed;
                batch.Referrals.Add(Referral(batch, c, persons[c.PrincipalPersonId], activity, service, status, by));
            }
        }
    }

    private Referral Referral(SyntheticCaseload.Batch batch, Case c, Domain.People.Person person, Domain.Plans.PlanActivity activity,
        PartnerService service, ReferralStatus status, string by)
    {
        var last = c.ClosedAt is { } closed ? closed : today.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        DateTime Before(DateTime at) => at < last ? at : last;
        var created = Before(c.PlanAgreedOn!.Value.AddDays(1).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc));
        var r = new Referral
        {
            CaseId = c.Id, ServiceId = service.Id, OrganisationId = service.OrganisationId, PlanActivityId = activity.Id,
            Need = activity.Description, Reason = "Part of the agreed reintegration plan.", Requested = $"Access to {service.Name}.",
            Urgency = rng.Next(10) == 0 ? ReferralUrgency.Urgent : ReferralUrgency.Routine,
            SharedFieldNames = string.Join(',', SharedFields.Minimum), Status = status, CreatedAt = created, CreatedById = c.CaseManagerId, CreatedBy = by,
        };
        void Step(DateTime at, ReferralStep step, string? note, bool byPartner, string summary)
        {
            r.Updates.Add(new ReferralUpdate { At = at, Step = step, Note = note, ByName = byPartner ? service.Name : by, ByPartner = byPartner });
            batch.Events.Add(new CaseEvent { CaseId = c.Id, At = at, ActorId = byPartner ? null : c.CaseManagerId, ActorName = byPartner ? service.Name : by, Kind = CaseEventKind.Referral, Summary = summary });
        }
        batch.Events.Add(new CaseEvent { CaseId = c.Id, At = created, ActorId = c.CaseManagerId, ActorName = by, Kind = CaseEventKind.Referral, Summary = $"Referral to {service.Name} drafted." });
        if (status == ReferralStatus.Draft) return r;

        var sent = Before(created.AddHours(rng.Next(1, 48)));
        r.SentAt = sent;
        r.RespondBy = DateOnly.FromDateTime(sent).AddDays(service.ResponseDays);
        r.SharedValues.Add(new ReferralSharedValue { Field = SharedField.Name, Value = person.FullName });
        r.SharedValues.Add(new ReferralSharedValue { Field = SharedField.Contact, Value = person.Phone });
        r.SharedValues.Add(new ReferralSharedValue { Field = SharedField.Need, Value = r.Need });
        Step(sent, ReferralStep.Sent, null, false, $"Referral sent to {service.Name}; sharing {r.SharedFieldNames.Replace(",", ", ")}; answer due by {r.RespondBy:yyyy-MM-dd}.");
        if (status == ReferralStatus.Sent)
        {
            if (r.IsOverdue(today)) r.OverdueNotifiedAt = r.RespondBy!.Value.AddDays(1).ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
            return r;
        }
        if (status == ReferralStatus.Withdrawn)
        {
            Step(Before(sent.AddDays(rng.Next(1, 10))), ReferralStep.Withdrawn, "The returnee found the service elsewhere.", false, $"Referral to {service.Name} withdrawn by {by}: the returnee found the service elsewhere.");
            return r;
        }
        var responded = Before(sent.AddDays(rng.Next(1, service.ResponseDays + 3)));
        r.RespondedAt = responded;
        if (status == ReferralStatus.Declined)
        {
            r.DeclineReason = "No place before the next intake.";
            Step(responded, ReferralStep.Declined, r.DeclineReason, true, $"{service.Name} declined the referral: {r.DeclineReason}");
            return r;
        }
        Step(responded, ReferralStep.Accepted, null, true, $"{service.Name} accepted the referral.");
        if (status == ReferralStatus.Accepted) return r;

        var contact = Before(responded.AddDays(rng.Next(2, 10)));
        r.FirstContactOn = DateOnly.FromDateTime(contact);
        Step(contact, ReferralStep.FirstContact, null, true, $"{service.Name}: first contact with the returnee.");
        if (status == ReferralStatus.InProgress) return r;

        var end = Before(contact.AddDays(rng.Next(10, 40)));
        if (status == ReferralStatus.Completed)
        {
            r.ServiceDeliveredOn = DateOnly.FromDateTime(end);
            Step(end, ReferralStep.ServiceDelivered, null, true, $"{service.Name}: service delivered.");
        }
        r.Outcome = status == ReferralStatus.Completed ? "Service delivered as requested." : "The returnee stopped attending.";
        Step(end, status == ReferralStatus.Completed ? ReferralStep.Completed : ReferralStep.NotCompleted, r.Outcome, true, $"{service.Name}: {r.Outcome}");
        return r;
    }

    private ReferralStatus Pick((ReferralStatus Status, int Weight)[] mix)
    {
        var roll = rng.Next(mix.Sum(s => s.Weight));
        foreach (var (status, weight) in mix)
        {
            if (roll < weight) return status;
            roll -= weight;
        }
        return mix[0].Status;
    }
}
