namespace Homeward.Web.Features.Instruments;

/// <summary>
/// The instruments Homeward ships (Instruments/*.xlsx next to the application): each version is imported at start
/// when its form id and version are not stored yet, so a fresh database has them and an M&amp;E officer's own
/// versions are never touched. A shipped file that does not import is a defect: start-up stops and says why.
/// </summary>
public static class ShippedInstruments
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Instruments");

    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        if (!Directory.Exists(Folder)) return;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Homeward.Instruments");
        foreach (var path in Directory.EnumerateFiles(Folder, "*.xlsx").Order(StringComparer.Ordinal))
        {
            await using var scope = services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<InstrumentImport>()
                .ImportAsync(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct), shipped: true, ct);
            switch (outcome.Status)
            {
                case ImportStatus.Imported:
                    logger.LogInformation("Shipped instrument {FormId} version {Version} loaded", outcome.Instrument!.FormId, outcome.Instrument.Version);
                    break;
                case ImportStatus.Duplicate:
                    break;
                default:
                    throw new InvalidOperationException($"The shipped instrument {path} does not import ({outcome.Status}): "
                        + string.Join("; ", outcome.AllErrors.Select(e => $"{e.Sheet} row {e.Row}, {e.Column}: {e.Message}")));
            }
        }
    }
}
