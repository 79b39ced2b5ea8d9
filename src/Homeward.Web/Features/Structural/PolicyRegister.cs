using Homeward.Data;
using Homeward.Domain.Structural;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Structural;

/// <summary>Policy work: frameworks reviewed, developed or into which reintegration is mainstreamed, and where each stands.</summary>
[Infrastructure.ScopedService]
public sealed class PolicyRegister(HomewardDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<PolicyView>> ListAsync(CancellationToken ct = default) =>
        (await db.PolicyWork.AsNoTracking().ToListAsync(ct)).OrderBy(p => p.Framework, StringComparer.CurrentCulture)
            .Select(p => new PolicyView(p.Id, p.Framework, p.Kind, p.Level, p.Status, p.Lead, p.Notes, p.StatusOn)).ToList();

    public async Task<Outcome<Guid>> CreateAsync(PolicyInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(input.Framework), "framework", L["Name the policy framework."])
            .When(input.Framework?.Trim().Length > 300, "framework", L["Keep this to {0} characters or fewer.", 300])
            .When(input.Kind is null, "kind", L["Choose the kind of policy work."])
            .When(input.Level is null, "level", L["Choose the level."])
            .When(input.Lead?.Length > 200, "lead", L["Keep this to {0} characters or fewer.", 200])
            .When(input.Notes?.Length > 4000, "notes", L["Keep this to {0} characters or fewer.", 4000]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var p = new PolicyWork
        {
            Framework = input.Framework!.Trim(), Kind = input.Kind!.Value, Level = input.Level!.Value, Status = input.Status ?? PolicyWorkStatus.Planned,
            Lead = Text.Clean(input.Lead), Notes = Text.Clean(input.Notes), StatusOn = PlanQueries.Today,
        };
        db.PolicyWork.Add(p);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(p.Id);
    }

    public async Task<Outcome<Guid>> SetStatusAsync(Guid id, PolicyStatusInput input, CancellationToken ct = default)
    {
        var p = await db.PolicyWork.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return Outcome<Guid>.NotFound();
        var errors = new FieldErrors()
            .When(input.Status is null, "status", L["Choose the status."])
            .When(input.Notes?.Length > 4000, "notes", L["Keep this to {0} characters or fewer.", 4000]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        p.Status = input.Status!.Value;
        if (Text.Clean(input.Notes) is { } notes) p.Notes = notes;
        p.StatusOn = PlanQueries.Today;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(p.Id);
    }
}
