using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.People;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Children;

/// <summary>
/// Unaccompanied and separated children: registration with the responsible adult or guardian, and family tracing up to
/// reunification. Candidate family members are offered from Homeward's own records with a score, shown as the duplicate
/// search shows them (details only within the caller's scope). Each method returns null when the case is out of sight,
/// the person is not in its household, or the tracing request is not theirs. Tracing content (who is sought, where, what was
/// found) is child-protection data: without the sensitive data permission the overview gives only each request's status,
/// and the callers (API, page) refuse every other method.
/// </summary>
[ScopedService]
public sealed class Tracing(HomewardDbContext db, ChildLookup lookup, CaseTimeline timeline, DuplicateSearch search, CurrentUser user)
{
    public sealed record Overview(SeparationView? Separation, bool ContentWithheld, IReadOnlyList<TracingView> Requests);

    public async Task<Overview?> OverviewAsync(Guid caseId, Guid personId, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: false, ct);
        if (found is null) return null;
        var sensitive = user.CanSeeSensitiveData;
        var registration = await db.SeparatedChildren.AsNoTracking().FirstOrDefaultAsync(r => r.CaseId == caseId && r.PersonId == personId, ct);
        var requests = await db.FamilyTracings.AsNoTracking().Include(t => t.Actions).Where(t => t.CaseId == caseId && t.PersonId == personId)
            .OrderBy(t => t.OpenedOn).ToListAsync(ct);
        if (sensitive && requests.Count > 0)
        {
            foreach (var t in requests) db.RecordAccess(AuditActions.Read, nameof(FamilyTracing), t.Id.ToString(), $"case {found.Case.Reference}");
            await db.SaveChangesAsync(ct);
        }
        return new Overview(registration is null ? null : SeparationView.From(registration), !sensitive, requests.Select(t => TracingView.From(t, sensitive)).ToList());
    }

    public async Task<SeparationView?> RegisterAsync(Guid caseId, Guid personId, SeparationInput input, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        ChildRules.CheckIsChild(ChildAge.IsChildOn(found.Person, ChildLookup.Today), found.Person.FullName);
        var registration = await db.SeparatedChildren.FirstOrDefaultAsync(r => r.CaseId == caseId && r.PersonId == personId, ct)
            ?? db.SeparatedChildren.Add(new SeparatedChild { CaseId = caseId, PersonId = personId, GuardianName = "", GuardianRelationship = "", RecordedBy = user.Name }).Entity;
        registration.Status = input.Status ?? (SeparationStatus)(-1);
        registration.GuardianName = input.GuardianName?.Trim() ?? "";
        registration.GuardianRelationship = input.GuardianRelationship?.Trim() ?? "";
        registration.GuardianContact = string.IsNullOrWhiteSpace(input.GuardianContact) ? null : input.GuardianContact.Trim();
        registration.GuardianAppointedOn = input.GuardianAppointedOn;
        registration.RecordedBy = user.Name;
        TracingRules.CheckRegistration(registration, ChildLookup.Today);
        timeline.Add(caseId, CaseEventKind.ChildRecorded, $"{found.Person.FullName} registered as {registration.Status.ToString().ToLowerInvariant()}; guardian recorded.");
        await db.SaveChangesAsync(ct);
        return SeparationView.From(registration);
    }

    public async Task<TracingView?> OpenAsync(Guid caseId, Guid personId, TracingInput input, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        ChildRules.CheckIsChild(ChildAge.IsChildOn(found.Person, ChildLookup.Today), found.Person.FullName);
        var tracing = new FamilyTracing
        {
            CaseId = caseId, PersonId = personId, SoughtGivenName = input.SoughtGivenName?.Trim() ?? "", SoughtFamilyName = input.SoughtFamilyName?.Trim() ?? "",
            SoughtBirthYear = input.SoughtBirthYear, SoughtRelationship = input.SoughtRelationship?.Trim() ?? "", KnownPlaces = input.KnownPlaces?.Trim(),
            LastContact = input.LastContact?.Trim(), OpenedOn = ChildLookup.Today, OpenedBy = user.Name,
        };
        TracingRules.CheckOpen(await db.SeparatedChildren.AnyAsync(r => r.CaseId == caseId && r.PersonId == personId, ct), tracing);
        db.FamilyTracings.Add(tracing);
        timeline.Add(caseId, CaseEventKind.ChildRecorded, $"Family tracing opened for {found.Person.FullName}: {tracing.SoughtRelationship}.");
        await db.SaveChangesAsync(ct);
        return TracingView.From(tracing, sensitive: true);
    }

    public Task<TracingView?> AddActionAsync(Guid caseId, Guid personId, Guid tracingId, TracingActionInput input, CancellationToken ct = default) =>
        ChangeAsync(caseId, personId, tracingId, t =>
        {
            var action = new TracingAction { TracingId = t.Id, TakenOn = input.TakenOn ?? default, Action = input.Action?.Trim() ?? "", Outcome = input.Outcome?.Trim(), By = user.Name };
            TracingRules.CheckAction(action, ChildLookup.Today);
            db.Add(action);
            return "tracing action recorded";
        }, ct);

    /// <summary>Picks one of the candidates found in Homeward's records; a person who is not among them is refused.</summary>
    public async Task<TracingView?> PickMatchAsync(Guid caseId, Guid personId, Guid tracingId, MatchInput input, CancellationToken ct = default)
    {
        var candidates = await MatchesAsync(caseId, personId, tracingId, ct);
        if (candidates is null) return null;
        var picked = candidates.FirstOrDefault(m => m.PersonId == input.PersonId);
        return await ChangeAsync(caseId, personId, tracingId, t =>
        {
            TracingRules.PickMatch(t, input.PersonId, picked is null ? null : $"{picked.GivenName} {picked.FamilyName}", picked?.Score);
            return $"candidate picked from Homeward's records (score {picked!.Score:0.00})";
        }, ct);
    }

    public Task<TracingView?> VerifyAsync(Guid caseId, Guid personId, Guid tracingId, VerificationInput input, CancellationToken ct = default) =>
        ChangeAsync(caseId, personId, tracingId, t =>
        {
            TracingRules.Verify(t, input.RelationshipVerified, input.VerificationNote, input.ReunificationAppropriate, input.AssessmentNote);
            return "relationship verification and reunification assessment recorded";
        }, ct);

    public Task<TracingView?> ReunifyAsync(Guid caseId, Guid personId, Guid tracingId, ReunificationInput input, CancellationToken ct = default) =>
        ChangeAsync(caseId, personId, tracingId, t =>
        {
            TracingRules.Reunify(t, input.ReunifiedOn, input.Place, input.PresentAtReunification, input.TravelSupervision, input.ReceptionOnArrival, ChildLookup.Today);
            return $"reunification on {t.ReunifiedOn:yyyy-MM-dd} recorded";
        }, ct);

    /// <summary>Persons in Homeward's records who may be the family member sought, with their score.</summary>
    public async Task<IReadOnlyList<DuplicateMatch>?> MatchesAsync(Guid caseId, Guid personId, Guid tracingId, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: false, ct);
        if (found is null) return null;
        var t = await db.FamilyTracings.AsNoTracking().FirstOrDefaultAsync(x => x.Id == tracingId && x.CaseId == caseId && x.PersonId == personId, ct);
        if (t is null) return null;
        var household = found.Household.Select(p => p.Id).ToHashSet();
        return (await search.FindAsync(new DuplicateProbe(t.SoughtGivenName, t.SoughtFamilyName, t.SoughtBirthYear), ct))
            .Where(m => !household.Contains(m.PersonId)).ToList();
    }

    private async Task<TracingView?> ChangeAsync(Guid caseId, Guid personId, Guid tracingId, Func<FamilyTracing, string> change, CancellationToken ct)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        var tracing = await db.FamilyTracings.Include(t => t.Actions).FirstOrDefaultAsync(t => t.Id == tracingId && t.CaseId == caseId && t.PersonId == personId, ct);
        if (tracing is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        var what = change(tracing);
        timeline.Add(caseId, CaseEventKind.ChildRecorded, $"Family tracing for {found.Person.FullName}: {what}.");
        await db.SaveChangesAsync(ct);
        return TracingView.From(tracing, sensitive: true);
    }
}
