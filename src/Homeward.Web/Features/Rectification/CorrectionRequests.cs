using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.DataProtection;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Rectification;

/// <summary>What the case manager or the data protection officer types when the returnee asks for a correction.</summary>
public sealed class CorrectionInput
{
    public string? RequestedBy { get; set; }
    public DateOnly? RequestedOn { get; set; }
    public string? WhatIsWrong { get; set; }
    public string? RequestedCorrection { get; set; }
}

/// <summary>The decision on a request: Applied (saying what was changed) or Refused (saying why).</summary>
public sealed class CorrectionDecisionInput
{
    public string? Outcome { get; set; }
    public string? Decision { get; set; }
}

public sealed record CorrectionView(Guid Id, Guid PersonId, string RequestedBy, DateOnly RequestedOn, string WhatIsWrong, string RequestedCorrection,
    string RecordedBy, DateTime RecordedAt, CorrectionStatus Status, string? Decision, string? DecidedBy, DateTime? DecidedAt);

/// <summary>A person's correction requests, with the cases in the caller's scope that make them reachable.</summary>
public sealed record PersonCorrections(Guid PersonId, string GivenName, string FamilyName, IReadOnlyList<Guid> CaseIds, IReadOnlyList<CorrectionView> Requests);

/// <summary>
/// The right to rectification: a returnee's request to correct their data is recorded, then decided once — applied,
/// saying what was changed, or refused with the reason. Both steps are in the audit log and on the timeline of the
/// person's cases in the caller's scope. Persons outside the caller's scope are not found.
/// </summary>
[ScopedService]
public sealed class CorrectionRequests(HomewardDbContext db, PersonCases personCases, CaseTimeline timeline, CurrentUser user, IStringLocalizer<SharedResource> L)
{
    public abstract record Outcome
    {
        private Outcome() { }
        public sealed record Done(PersonCorrections Corrections, Guid RequestId) : Outcome;
        public sealed record NotFound(string What) : Outcome;
        public sealed record Invalid(FieldErrors Errors) : Outcome;
        public sealed record Refused(DomainRuleException Rule) : Outcome;
    }

    public async Task<PersonCorrections?> ListAsync(Guid personId, CancellationToken ct = default) =>
        await personCases.FindReachableAsync(personId, ct) is { } reachable ? await ReadAsync(reachable, ct) : null;

    public async Task<Outcome> RecordAsync(Guid personId, CorrectionInput input, CancellationToken ct = default)
    {
        if (await personCases.FindReachableAsync(personId, ct) is not { } reachable) return new Outcome.NotFound("person");
        var requestedBy = UserInput.Clean(input.RequestedBy);
        var wrong = UserInput.Clean(input.WhatIsWrong);
        var correction = UserInput.Clean(input.RequestedCorrection);
        var errors = new FieldErrors()
            .When(requestedBy is null, "requestedBy", L["Say who asked for the correction."].Value)
            .When(requestedBy?.Length > CorrectionRequest.MaxName, "requestedBy", L["Use at most {0} characters.", CorrectionRequest.MaxName].Value)
            .When(input.RequestedOn is null, "requestedOn", L["Give the date of the request."].Value)
            .When(input.RequestedOn > UserInput.LatestToday(), "requestedOn", L["The date cannot be in the future."].Value)
            .When(wrong is null, "whatIsWrong", L["Describe what is wrong in the record."].Value)
            .When(wrong?.Length > CorrectionRequest.MaxText, "whatIsWrong", L["Use at most {0} characters.", CorrectionRequest.MaxText].Value)
            .When(correction is null, "requestedCorrection", L["Give the correction asked for."].Value)
            .When(correction?.Length > CorrectionRequest.MaxText, "requestedCorrection", L["Use at most {0} characters.", CorrectionRequest.MaxText].Value);
        if (errors.Any) return new Outcome.Invalid(errors);

        var request = new CorrectionRequest
        {
            PersonId = personId, RequestedBy = requestedBy!, RequestedOn = input.RequestedOn!.Value, WhatIsWrong = wrong!, RequestedCorrection = correction!,
            RecordedById = user.Id, RecordedByName = user.Name, RecordedAt = DateTime.UtcNow,
        };
        db.CorrectionRequests.Add(request);
        Note(reachable, $"Correction request recorded for {reachable.Person.FullName}.");
        await db.SaveChangesAsync(ct);
        return new Outcome.Done(await ReadAsync(reachable, ct), request.Id);
    }

    public async Task<Outcome> DecideAsync(Guid personId, Guid requestId, CorrectionDecisionInput input, CancellationToken ct = default)
    {
        if (await personCases.FindReachableAsync(personId, ct) is not { } reachable) return new Outcome.NotFound("person");
        var request = await db.CorrectionRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.PersonId == personId, ct);
        if (request is null) return new Outcome.NotFound("correction request");
        var decision = UserInput.Clean(input.Decision);
        var parsed = UserInput.TryParse<CorrectionStatus>(input.Outcome, out var outcome) && outcome != CorrectionStatus.Open;
        var errors = new FieldErrors()
            .When(!parsed, "outcome", L["Choose one of: {0}.", "Applied, Refused"].Value)
            .When(parsed && decision is null && outcome == CorrectionStatus.Applied, "decision", L["Say what was changed in the record."].Value)
            .When(parsed && decision is null && outcome == CorrectionStatus.Refused, "decision", L["Give the reason for refusing the correction."].Value)
            .When(decision?.Length > CorrectionRequest.MaxText, "decision", L["Use at most {0} characters.", CorrectionRequest.MaxText].Value);
        if (errors.Any) return new Outcome.Invalid(errors);
        if (request.Status != CorrectionStatus.Open)
            return new Outcome.Refused(new DomainRuleException("correction-already-decided",
                L["This correction request was already decided on {0} by {1}.", request.DecidedAt!.Value.ToString("yyyy-MM-dd"), request.DecidedByName ?? ""].Value,
                "outcome", isConflict: true));

        (request.Status, request.Decision, request.DecidedById, request.DecidedByName, request.DecidedAt) = (outcome, decision, user.Id, user.Name, DateTime.UtcNow);
        Note(reachable, outcome == CorrectionStatus.Applied
            ? $"Correction request of {reachable.Person.FullName} applied."
            : $"Correction request of {reachable.Person.FullName} refused.");
        await db.SaveChangesAsync(ct);
        return new Outcome.Done(await ReadAsync(reachable, ct), request.Id);
    }

    /// <summary>Requests not yet decided, across every person in the caller's scope (the officer's list), oldest first.</summary>
    public async Task<IReadOnlyList<OpenCorrection>> OpenAsync(int limit, CancellationToken ct = default) =>
        await (
                from r in db.CorrectionRequests.AsNoTracking()
                join p in db.Persons.AsNoTracking() on r.PersonId equals p.Id
                where r.Status == CorrectionStatus.Open
                orderby r.RecordedAt
                select new OpenCorrection(r.Id, r.PersonId, p.GivenName + " " + p.FamilyName, r.RequestedOn, r.RecordedByName, r.RecordedAt))
            .Take(limit).ToListAsync(ct);

    private void Note(ReachablePerson reachable, string summary)
    {
        foreach (var caseId in reachable.CaseIds) timeline.Add(caseId, CaseEventKind.CorrectionRequest, summary);
    }

    private async Task<PersonCorrections> ReadAsync(ReachablePerson reachable, CancellationToken ct)
    {
        var requests = await db.CorrectionRequests.AsNoTracking().Where(r => r.PersonId == reachable.Person.Id).ToListAsync(ct);
        var views = requests.OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Id)
            .Select(r => new CorrectionView(r.Id, r.PersonId, r.RequestedBy, r.RequestedOn, r.WhatIsWrong, r.RequestedCorrection, r.RecordedByName, r.RecordedAt,
                r.Status, r.Decision, r.DecidedByName, r.DecidedAt))
            .ToList();
        return new PersonCorrections(reachable.Person.Id, reachable.Person.GivenName, reachable.Person.FamilyName, reachable.CaseIds, views);
    }
}

/// <summary>An undecided correction request as the officer's list shows it.</summary>
public sealed record OpenCorrection(Guid Id, Guid PersonId, string PersonName, DateOnly RequestedOn, string RecordedBy, DateTime RecordedAt);
