using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Children;

/// <summary>A supervisor records why the family plan may be agreed before this child has a best-interests assessment.</summary>
[ScopedService]
public sealed class WaiveBestInterestsAssessment(HomewardDbContext db, ChildLookup lookup, CaseTimeline timeline, CurrentUser user)
{
    /// <summary>Null when the case is out of sight or the person is not in its household.</summary>
    public async Task<ChildView.Waiver?> RunAsync(Guid caseId, Guid personId, WaiverInput input, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        ChildRules.CheckIsChild(ChildAge.IsChildOn(found.Person, ChildLookup.Today), found.Person.FullName);
        BestInterestsRules.CheckWaiverReason(input.Reason);
        var waiver = new BestInterestsWaiver { CaseId = caseId, PersonId = personId, Reason = input.Reason!.Trim(), RecordedById = user.Id, RecordedBy = user.Name };
        db.BestInterestsWaivers.Add(waiver);
        timeline.Add(caseId, CaseEventKind.BestInterests,
            $"Supervisor's reason recorded for agreeing the family plan before {found.Person.FullName}'s best-interests assessment: {waiver.Reason}");
        await db.SaveChangesAsync(ct);
        return new ChildView.Waiver(waiver.Reason, waiver.RecordedBy, waiver.RecordedAt);
    }
}
