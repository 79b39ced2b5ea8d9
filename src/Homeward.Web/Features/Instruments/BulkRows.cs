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

        if (connection is NpgsqlConnection npgsql)
        {
            await using var importer = await npgsql.BeginBinaryImportAsync($"COPY {qualified} ({names}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                foreach (var c in columns)
                {
                    if (ProviderValue(c, row) is { } value) await importer.WriteAsync(value, c.Mapping.StoreTypeNameBase, ct);
                    else await importer.WriteNullAsync(ct);
                }
            }
            await importer.CompleteAsync(ct);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {qualified} ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            for (var i = 0; i < columns.Count; i++)
                command.Parameters.Add(columns[i].Mapping.CreateParameter(command, $"@p{i}", columns[i].Property.GetGetter().GetClrValueUsingContainingEntity(row), columns[i].Property.IsNullable));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The value as the column stores it, after the property's conversions.</summary>
    private static object? ProviderValue(Column c, object row)
    {
        var value = c.Property.GetGetter().GetClrValueUsingContainingEntity(row);
        return value is null ? null : c.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
