using System.Data.Common;
using Homeward.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Homeward.Web.Features.Instruments;

/// <summary>
/// Writes new rows of one entity straight to its table, inside the context's open transaction: a binary COPY on
/// PostgreSQL, one prepared INSERT run per row on SQLite. Columns and value conversions (enums as text, UTC times,
/// columns encrypted at rest) come from the EF Core model, so the rows read back exactly as if EF Core had written them.
/// No change tracking and no audit lines: the caller audits the operation as a whole.
/// </summary>
public static class BulkRows
{
    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping);

    public static async Task InsertAsync<T>(HomewardDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(p => p.IsShadowProperty()
                ? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} is a shadow property: write it through EF Core.")
                : new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetTypeMapping()))
            .ToList();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk rows are written inside a transaction.");
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var qualified = table.Schema is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";

        // The conversions (encryption at rest among them) are the costly part: done for all rows in parallel, then written in order.
        var getters = columns.Select(c => c.Property.GetGetter()).ToArray();
        var list = rows as IReadOnlyList<T> ?? rows.ToList();
        var values = new object?[list.Count][];
        Parallel.For(0, list.Count, i =>
        {
            var row = new object?[columns.Count];
            for (var c = 0; c < columns.Count; c++) row[c] = ProviderValue(columns[c], getters[c].GetClrValueUsingContainingEntity(list[i]));
            values[i] = row;
        });

        if (connection is NpgsqlConnection npgsql)
        {
            var types = columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
            await using var importer = await npgsql.BeginBinaryImportAsync($"COPY {qualified} ({names}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in values)
            {
                await importer.StartRowAsync(ct);
                for (var c = 0; c < row.Length; c++)
                {
                    if (row[c] is { } value) await importer.WriteAsync(value, types[c], ct);
                    else await importer.WriteNullAsync(ct);
                }
            }
            await importer.CompleteAsync(ct);
            return;
        }

        // One prepared statement whose parameters (typed by the model's mappings) take each row's values in turn.
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {qualified} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((c, i) =>
        {
            var parameter = c.Mapping.CreateParameter(command, $"@p{i}", null, c.Property.IsNullable);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(ct);
        foreach (var row in values)
        {
            for (var c = 0; c < row.Length; c++) parameters[c].Value = row[c] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The value as the column stores it, after the property's conversions.</summary>
    private static object? ProviderValue(Column c, object? value) =>
        value is null ? null : c.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
}
