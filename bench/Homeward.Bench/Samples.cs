using System.Data.Common;
using Homeward.Web.Features.Demo;

namespace Homeward.Bench;

/// <summary>
/// Realistic inputs drawn from the measured database with a fixed seed: duplicate-search probes as case managers
/// type them, the cases they open, and the caseload filters they use.
/// </summary>
public sealed class Samples
{
    private sealed record Returnee(Guid CaseId, Guid OfficeId, Guid? ReturnLocationId, string GivenName, string FamilyName, int? BirthYear);

    public required IReadOnlyList<string> DuplicateProbes { get; init; }
    public required IReadOnlyList<string> CaseIds { get; init; }
    public required Guid DakarOffice { get; init; }
    public required Guid SenegalRegion { get; init; }
    public required string CommonFamilyName { get; init; }

    public static async Task<Samples> DrawAsync(BenchDatabase db, int count, CancellationToken ct)
    {
        var rng = new Random(2026);
        await using var connection = await db.OpenAsync(ct);
        var dakar = System.Guid.Parse(await ScalarAsync(connection, "SELECT \"Id\" FROM offices WHERE \"Name\" = 'Dakar office'", ct));
        // A region of Senegal: its communities are where Dakar's returnees go back to.
        var region = Guid.Parse(await ScalarAsync(connection,
            "SELECT r.\"Id\" FROM locations r JOIN locations c ON c.\"ParentId\" = r.\"Id\" WHERE r.\"Level\" = 'Region' AND r.\"Code\" LIKE 'SN%' ORDER BY r.\"Code\" LIMIT 1", ct));

        var returnees = new List<Returnee>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = """
                SELECT c."Id", c."OfficeId", c."ReturnLocationId", p."GivenName", p."FamilyName", p."BirthYear"
                FROM cases c JOIN persons p ON p."Id" = c."PrincipalPersonId" ORDER BY c."Reference"
                """;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                returnees.Add(new Returnee(ReadGuid(reader, 0), ReadGuid(reader, 1), reader.IsDBNull(2) ? null : ReadGuid(reader, 2),
                    reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt32(5)));
        }
        var dakarCases = returnees.Where(r => r.OfficeId == dakar).ToList();
        var commonFamily = returnees.GroupBy(r => r.FamilyName).MaxBy(g => g.Count())!.Key;

        return new Samples
        {
            DuplicateProbes = Enumerable.Range(0, count).Select(_ => Probe(rng, returnees[rng.Next(returnees.Count)])).ToList(),
            CaseIds = Enumerable.Range(0, count).Select(_ => dakarCases[rng.Next(dakarCases.Count)].CaseId.ToString()).ToList(),
            DakarOffice = dakar,
            SenegalRegion = region,
            CommonFamilyName = commonFamily,
        };
    }

    /// <summary>
    /// What a case manager types while registering: the same returnee again (40%), with another spelling (20%), with
    /// the names the other way round (10%), or someone new with common names (30%). Birth year given 90% of the time.
    /// </summary>
    private static string Probe(Random rng, Returnee r)
    {
        var roll = rng.Next(100);
        var (given, family, year, place) = roll switch
        {
            < 40 => (r.GivenName, r.FamilyName, r.BirthYear, r.ReturnLocationId),
            < 60 => (Respell(rng, r.GivenName), Respell(rng, r.FamilyName), r.BirthYear + rng.Next(-1, 2), r.ReturnLocationId),
            < 70 => (r.FamilyName, r.GivenName, r.BirthYear, null),
            _ => NewPerson(rng),
        };
        if (rng.Next(10) == 0) year = null;
        var query = $"api/v1/persons/duplicates?givenName={Uri.EscapeDataString(given)}&familyName={Uri.EscapeDataString(family)}";
        if (year is { } y) query += $"&birthYear={y}";
        if (place is { } p) query += $"&returnLocationId={p}";
        return query;
    }

    private static (string, string, int?, Guid?) NewPerson(Random rng)
    {
        var naming = rng.Next(3) == 0 ? DemoNames.Arabic : DemoNames.WestAfrica;
        var given = rng.Next(4) == 0 ? naming.Female[rng.Next(naming.Female.Length)] : naming.Male[rng.Next(naming.Male.Length)];
        return (given, naming.Family[rng.Next(naming.Family.Length)], DateTime.UtcNow.Year - rng.Next(18, 50), null);
    }

    /// <summary>A known variant when there is one, else a typing slip: a doubled or a dropped letter.</summary>
    private static string Respell(Random rng, string name)
    {
        if (DemoNames.Variants.TryGetValue(name, out var variants)) return variants[rng.Next(variants.Length)];
        if (name.Length < 4) return name;
        var i = rng.Next(1, name.Length - 1);
        return rng.Next(2) == 0 ? name.Insert(i, name[i].ToString()) : name.Remove(i, 1);
    }

    private static Guid ReadGuid(DbDataReader reader, int i) =>
        reader.GetValue(i) switch { Guid g => g, var v => Guid.Parse(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!) };

    private static async Task<string> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException($"No row for: {sql}");
    }
}
