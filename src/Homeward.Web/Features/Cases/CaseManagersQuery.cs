using Homeward.Data;
using Homeward.Domain.Accounts;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Cases;

/// <summary>The active case managers a supervisor can assign a case to, with their office.</summary>
[ScopedService]
public sealed class CaseManagersQuery(HomewardDbContext db)
{
    public sealed record Option(Guid Id, string Name, string Office);

    public async Task<IReadOnlyList<Option>> RunAsync(CancellationToken ct = default)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.CaseManager).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await (from u in db.Users
                      join ur in db.UserRoles on u.Id equals ur.UserId
                      join o in db.Offices on u.OfficeId equals o.Id
                      where ur.RoleId == roleId && u.IsActive
                      orderby o.Name, u.DisplayName
                      select new Option(u.Id, u.DisplayName, o.Name)).ToListAsync(ct);
    }
}
