using Homeward.Data;
using Homeward.Domain.Structural;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Structural;

/// <summary>The stakeholder register: stakeholders with their engagement priority, and their agreements.</summary>
[Infrastructure.ScopedService]
public sealed class StakeholderRegister(HomewardDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<StakeholderView>> ListAsync(CancellationToken ct = default)
    {
        var stakeholders = await db.Stakeholders.AsNoTracking().ToListAsync(ct);
        var agreements = (await db.Agreements.AsNoTracking().ToListAsync(ct)).ToLookup(a => a.StakeholderId);
        // Those to manage closely first.
        return stakeholders.OrderByDescending(s => s.Priority).ThenBy(s => s.Name, StringComparer.CurrentCulture)
            .Select(s => View(s, agreements[s.Id])).ToList();
    }

    public async Task<StakeholderView?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var s = await db.Stakeholders.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? null : View(s, await db.Agreements.AsNoTracking().Where(a => a.StakeholderId == id).ToListAsync(ct));
    }

    public async Task<Outcome<Guid>> CreateAsync(StakeholderInput input, CancellationToken ct = default)
    {
        var errors = Validate(input);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var s = new Stakeholder { Name = "", Sector = "" };
        Apply(s, input);
        db.Stakeholders.Add(s);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(s.Id);
    }

    public async Task<Outcome<Guid>> UpdateAsync(Guid id, StakeholderInput input, CancellationToken ct = default)
    {
        var s = await db.Stakeholders.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return Outcome<Guid>.NotFound();
        var errors = Validate(input).When(input.Version is null, "version", L["Send the version of the stakeholder you edited."]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        if (input.Version != s.Version) return Outcome<Guid>.Stale();
        Apply(s, input);
        s.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Guid>.Stale();
        }
        return Outcome<Guid>.Done(s.Id);
    }

    public async Task<Outcome<Guid>> AddAgreementAsync(Guid stakeholderId, AgreementInput input, CancellationToken ct = default)
    {
        if (!await db.Stakeholders.AnyAsync(s => s.Id == stakeholderId, ct)) return Outcome<Guid>.NotFound();
        var errors = new FieldErrors()
            .When(input.Kind is null, "kind", L["Choose the kind of agreement."])
            .When(string.IsNullOrWhiteSpace(input.Title), "title", L["Give the agreement a title."])
            .When(input.Title?.Trim().Length > 200, "title", L["Keep this to {0} characters or fewer.", 200])
            .When(input.SignedOn is null, "signedOn", L["Enter the date it was signed."])
            .When(input.SignedOn > PlanQueries.Today, "signedOn", L["The date cannot be in the future."])
            .When(input.ExpiresOn < input.SignedOn, "expiresOn", L["An agreement cannot expire before it is signed."])
            .When(input.DataAccess?.Length > 2000, "dataAccess", L["Keep this to {0} characters or fewer.", 2000]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var agreement = new Agreement
        {
            StakeholderId = stakeholderId, Kind = input.Kind!.Value, Title = input.Title!.Trim(), SignedOn = input.SignedOn!.Value,
            ExpiresOn = input.ExpiresOn, DataAccess = Text.Clean(input.DataAccess),
        };
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(agreement.Id);
    }

    private FieldErrors Validate(StakeholderInput input)
    {
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(input.Name), "name", L["Give the stakeholder's name."])
            .When(input.Name?.Trim().Length > 200, "name", L["Keep this to {0} characters or fewer.", 200])
            .When(input.Type is null, "type", L["Choose the type of stakeholder."])
            .When(input.Level is null, "level", L["Choose the level."])
            .When(string.IsNullOrWhiteSpace(input.Sector), "sector", L["Say which sector they work in."])
            .When(input.Sector?.Trim().Length > 120, "sector", L["Keep this to {0} characters or fewer.", 120])
            .When(input.Willingness is null, "willingness", L["Rate their willingness to work with the programme."])
            .When(input.Influence is null, "influence", L["Rate their influence."])
            .When(input.Interest is null, "interest", L["Rate their interest."])
            .When(input.Contact?.Length > 500, "contact", L["Keep this to {0} characters or fewer.", 500]);
        foreach (var (field, value) in new[] { ("capacity", input.Capacity), ("needs", input.Needs) })
            errors.When(value?.Length > 2000, field, L["Keep this to {0} characters or fewer.", 2000]);
        return errors;
    }

    private static void Apply(Stakeholder s, StakeholderInput input)
    {
        s.Name = input.Name!.Trim();
        s.Type = input.Type!.Value;
        s.Level = input.Level!.Value;
        s.Sector = input.Sector!.Trim();
        s.Capacity = Text.Clean(input.Capacity);
        s.Needs = Text.Clean(input.Needs);
        s.Contact = Text.Clean(input.Contact);
        s.Willingness = input.Willingness!.Value;
        s.Influence = input.Influence!.Value;
        s.Interest = input.Interest!.Value;
    }

    private static StakeholderView View(Stakeholder s, IEnumerable<Agreement> agreements) => new(s.Id, s.Name, s.Type, s.Level, s.Sector, s.Capacity,
        s.Needs, s.Contact, s.Willingness, s.Influence, s.Interest, s.Priority, s.Version,
        agreements.OrderByDescending(a => a.SignedOn).Select(a => new AgreementView(a.Id, a.Kind, a.Title, a.SignedOn, a.ExpiresOn, a.DataAccess)).ToList());
}
