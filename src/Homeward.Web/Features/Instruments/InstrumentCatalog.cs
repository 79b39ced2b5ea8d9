using System.Collections.Concurrent;
using System.Linq.Expressions;
using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Stored;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Instruments;

/// <summary>One stored version of an instrument, as lists and API answers show it.</summary>
public sealed record InstrumentSummary(Guid Id, string FormId, string Version, string Title, AssessmentKind Kind, string? WeightsNote,
    DateTime ImportedAt, string ImportedBy, bool Shipped);

/// <summary>A stored version rebuilt: what it is, its rows, and the instrument that checks and scores answers.</summary>
public sealed record LoadedInstrument(InstrumentSummary Summary, InstrumentDefinition Definition, Instrument Instrument);

/// <summary>The stored instruments, and each version rebuilt from its rows once per process (a stored version never changes).</summary>
[ScopedService]
public sealed class InstrumentCatalog(HomewardDbContext db)
{
    private static readonly ConcurrentDictionary<Guid, LoadedInstrument> Built = new();

    private static readonly Expression<Func<StoredInstrument, InstrumentSummary>> ToSummary = i =>
        new InstrumentSummary(i.Id, i.FormId, i.Version, i.Title, i.Kind, i.WeightsNote, i.ImportedAt, i.ImportedBy, i.Shipped);

    /// <summary>Every version, by title, the latest import first within a form.</summary>
    public async Task<IReadOnlyList<InstrumentSummary>> ListAsync(CancellationToken ct = default) =>
        (await db.Instruments.AsNoTracking().Select(ToSummary).ToListAsync(ct)).OrderBy(i => i.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(i => i.FormId)
            .ThenByDescending(i => i.ImportedAt).ToList();

    /// <summary>The latest imported version of each form.</summary>
    public async Task<IReadOnlyList<InstrumentSummary>> LatestAsync(CancellationToken ct = default) =>
        (await ListAsync(ct)).GroupBy(i => i.FormId).Select(g => g.First()).ToList();

    public Task<InstrumentSummary?> SummaryAsync(Guid id, CancellationToken ct = default) =>
        db.Instruments.AsNoTracking().Where(i => i.Id == id).Select(ToSummary).FirstOrDefaultAsync(ct);

    public async Task<LoadedInstrument?> LoadAsync(Guid id, CancellationToken ct = default)
    {
        if (Built.TryGetValue(id, out var known)) return known;
        var stored = await db.Instruments.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.SurveyJson, i.ChoicesJson, i.SettingsJson }).FirstOrDefaultAsync(ct);
        if (stored is null) return null;
        var summary = (await SummaryAsync(id, ct))!;
        var definition = InstrumentDefinition.FromJson(stored.SurveyJson, stored.ChoicesJson, stored.SettingsJson);
        var built = definition.Build();
        var instrument = built.Instrument ?? throw new InvalidOperationException(
            $"The stored instrument {summary.FormId} version {summary.Version} no longer builds: {string.Join("; ", built.Errors)}");
        return Built[id] = new LoadedInstrument(summary, definition, instrument);
    }

    /// <summary>A form's given version, or its latest import when no version is given.</summary>
    public async Task<LoadedInstrument?> FindAsync(string formId, string? version, CancellationToken ct = default)
    {
        var id = await db.Instruments.AsNoTracking()
            .Where(i => i.FormId == formId && (version == null || i.Version == version))
            .OrderByDescending(i => i.ImportedAt).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(ct);
        return id is { } found ? await LoadAsync(found, ct) : null;
    }

    /// <summary>The .xlsx as imported, with its file name.</summary>
    public async Task<(string FileName, byte[] File)?> FileAsync(Guid id, CancellationToken ct = default) =>
        await db.Instruments.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.FileName, i.File }).FirstOrDefaultAsync(ct) is { } f
            ? (f.FileName, f.File)
            : null;
}
