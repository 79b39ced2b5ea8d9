using Homeward.Data;
using Homeward.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Programme;

/// <summary>The programme's settings (plan deadline, ceilings, follow-up months); defaults until an administrator sets them.</summary>
public sealed class ProgrammeSettingsStore(HomewardDbContext db)
{
    private ProgrammeSettings? _cached;

    public async Task<ProgrammeSettings> GetAsync(CancellationToken ct = default) =>
        _cached ??= await db.ProgrammeSettingsInOrder.AsNoTracking().FirstOrDefaultAsync(ct) ?? new ProgrammeSettings();
}
