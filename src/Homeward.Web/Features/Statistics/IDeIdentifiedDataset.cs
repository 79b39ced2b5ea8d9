namespace Homeward.Web.Features.Statistics;

/// <summary>A record-level de-identified dataset, served as JSON, CSV and XLSX by <see cref="StatisticsApi"/>.</summary>
public interface IDeIdentifiedDataset<TRow>
{
    /// <summary>Column names (first row of the files) and HXL hashtags (second row), in the order of <see cref="Cells"/>.</summary>
    object?[] Header { get; }
    object?[] Hashtags { get; }
    object?[] Cells(TRow row);

    /// <summary>Records the export in the audit log; called before the rows stream, so a refused request is never audited.</summary>
    Task AuditAsync(string format, CancellationToken ct);

    IAsyncEnumerable<TRow> RowsAsync(CancellationToken ct = default);
}
