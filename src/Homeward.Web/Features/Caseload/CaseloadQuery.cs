using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.People;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Caseload;

/// <summary>
/// The caseload list: the cases the data scope lets the caller see, filtered, newest first, one keyset page at a time
/// (ordered by opened at and id, so a case opened between two page requests neither repeats nor hides a case).
/// </summary>
[Infrastructure.ScopedService]
public sealed class CaseloadQuery(HomewardDbContext db, LocationTree locations, CurrentUser user)
{
    public sealed record CaseFlags(bool LatePlan, bool OverdueFollowUp, bool Vulnerable);

    public sealed record Item(
        Guid Id, string Reference, string PrincipalName, CaseStage Stage, DateOnly ReturnDate, string Office,
        string? CaseManagerName, CaseFlags Flags, DateOnly? NextFollowUpDueOn);

    public sealed record Page(IReadOnlyList<Item> Items, string? NextCursor);

    public async Task<Page> RunAsync(CaseloadFilter filter, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var rows =
            from c in db.Cases
            join p in db.Persons on c.PrincipalPersonId equals p.Id
            join o in db.Offices on c.OfficeId equals o.Id
            from m in db.Users.Where(u => u.Id == c.CaseManagerId).DefaultIfEmpty()
            select new
            {
                Case = c,
                Person = p,
                Office = o.Name,
                CaseManager = m == null ? null : m.DisplayName,
                // Late: still no plan after the programme's deadline (a closed case waits for none), or a plan agreed after it.
                LatePlan = c.PlanLateFrom != null && c.PlanLateFrom <= today,
                // A closed case has no follow-up due, whatever date it kept.
                OverdueFollowUp = c.Stage != CaseStage.Closed && c.NextFollowUpDueOn != null && c.NextFollowUpDueOn < today,
            };

        if (filter.Stage is { } stage) rows = rows.Where(r => r.Case.Stage == stage);
        if (filter.OverdueFollowUp) rows = rows.Where(r => r.OverdueFollowUp);
        if (filter.LatePlan) rows = rows.Where(r => r.LatePlan);
        if (filter.Vulnerable) rows = rows.Where(r => r.Case.VulnerabilityFlag);
        if (filter.CaseManagerId is { } managerId) rows = rows.Where(r => r.Case.CaseManagerId == managerId);
        if (filter.Mine)
        {
            var me = user.Id ?? Guid.Empty;
            rows = rows.Where(r => r.Case.CaseManagerId == me);
        }
        if (filter.LocationId is { } locationId)
        {
            var places = await locations.WithDescendantsAsync(locationId, ct);
            rows = rows.Where(r => r.Case.ReturnLocationId != null && places.Contains(r.Case.ReturnLocationId.Value));
        }
        if (filter.Q is { } q)
        {
            var named = NameMatches(q);
            // Document numbers are stored encrypted: they are found by their keyed hash.
            var document = await db.Protection.HashDocumentNumberAsync(db, q, ct);
            rows = rows.Where(r => named.Any(p => p.Id == r.Person.Id) || (document != null && r.Person.DocumentNumberHash == document) || r.Case.Reference == q);
        }
        if (filter.After is { } after)
            rows = rows.Where(r => r.Case.OpenedAt < after.OpenedAt || (r.Case.OpenedAt == after.OpenedAt && r.Case.Id.CompareTo(after.Id) < 0));

        var page = await rows
            .OrderByDescending(r => r.Case.OpenedAt).ThenByDescending(r => r.Case.Id)
            .Take(filter.Limit + 1)
            .Select(r => new
            {
                r.Case.Id, r.Case.Reference, r.Person.GivenName, r.Person.FamilyName, r.Case.Stage, r.Case.ReturnDate, r.Office,
                r.CaseManager, r.LatePlan, r.OverdueFollowUp, r.Case.VulnerabilityFlag, r.Case.NextFollowUpDueOn, r.Case.OpenedAt,
            })
            .AsNoTracking()
            .ToListAsync(ct);

        var items = page.Take(filter.Limit)
            .Select(r => new Item(r.Id, r.Reference, $"{r.GivenName} {r.FamilyName}", r.Stage, r.ReturnDate, r.Office, r.CaseManager,
                new CaseFlags(r.LatePlan, r.OverdueFollowUp, r.VulnerabilityFlag), r.NextFollowUpDueOn))
            .ToList();
        var last = page.Count > filter.Limit ? page[filter.Limit - 1] : null;
        return new Page(items, last is null ? null : new CaseloadCursor(last.OpenedAt, last.Id).Encode());
    }

    /// <summary>
    /// Persons whose every search word starts their given or family name (ignoring case) or sounds like one of them.
    /// Text with digits is a document number or reference, never a name.
    /// </summary>
    private IQueryable<Person> NameMatches(string q)
    {
        var persons = db.Persons.AsQueryable();
        if (q.Any(char.IsDigit)) return persons.Where(_ => false);
        foreach (var word in q.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(4))
        {
            var prefix = word.ToLowerInvariant();
            var key = NameKey.For(word);
            persons = key.Length == 0
                ? persons.Where(p => p.GivenName.ToLower().StartsWith(prefix) || p.FamilyName.ToLower().StartsWith(prefix))
                : persons.Where(p => p.GivenName.ToLower().StartsWith(prefix) || p.FamilyName.ToLower().StartsWith(prefix)
                    || p.GivenNameKey == key || p.FamilyNameKey == key);
        }
        return persons;
    }
}
