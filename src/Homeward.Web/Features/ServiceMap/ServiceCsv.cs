using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.ServiceMap;

/// <summary>
/// The service map as CSV: one row per service, the locations it serves as codes separated by semicolons.
/// What is exported can be imported again.
/// </summary>
public static class ServiceCsv
{
    public static readonly string[] Columns =
    [
        "organisation", "name", "type", "dimension", "locations", "minAge", "maxAge", "sexServed", "vulnerableOnly", "nationalities",
        "languages", "cost", "capacityPerMonth", "currentLoad", "contact", "hours", "responseDays", "agreement", "agreementStart",
        "agreementEnd", "description",
    ];

    private static CsvConfiguration Configuration => new(CultureInfo.InvariantCulture)
    {
        PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
        MissingFieldFound = null,
        HeaderValidated = null,
        BadDataFound = null,
        DetectDelimiter = true,
    };

    /// <summary>The rows of a file with their row numbers (the header is row 1), and any value that cannot be read.</summary>
    public static (List<(int Row, ServiceInput Input)> Rows, FieldErrors Errors) Read(Stream stream, IStringLocalizer L)
    {
        var rows = new List<(int, ServiceInput)>();
        var errors = new FieldErrors();
        using var reader = new StreamReader(stream);
        using var csv = new CsvReader(reader, Configuration);
        if (!csv.Read() || !csv.ReadHeader())
        {
            errors.Add("file", L["The file is empty: the first row names the columns."].Value);
            return (rows, errors);
        }
        var headers = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
        foreach (var required in new[] { "organisation", "name", "type", "locations" })
            if (!headers.Contains(required.ToLowerInvariant()))
                errors.Add("file", L["The file has no column {0}.", required].Value);
        if (errors.Any) return (rows, errors);

        while (csv.Read())
        {
            var number = csv.Parser.Row;
            var prefix = $"row {number}: ";
            string? Text(string column) => csv.TryGetField<string>(column.ToLowerInvariant(), out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            int? Number(string column)
            {
                if (Text(column) is not { } text) return null;
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
                errors.Add(prefix + column, L["Enter a whole number."].Value);
                return null;
            }
            DateOnly? Date(string column)
            {
                if (Text(column) is not { } text) return null;
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
                errors.Add(prefix + column, L["Enter the date as yyyy-mm-dd."].Value);
                return null;
            }
            var vulnerable = Text("vulnerableOnly");
            if (vulnerable is not null && !bool.TryParse(vulnerable, out _) && vulnerable is not ("yes" or "no"))
                errors.Add(prefix + "vulnerableOnly", L["Enter true or false."].Value);
            rows.Add((number, new ServiceInput
            {
                OrganisationName = Text("organisation"),
                Name = Text("name"),
                Type = Text("type"),
                Dimension = Text("dimension"),
                Locations = (Text("locations") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                MinAge = Number("minAge"),
                MaxAge = Number("maxAge"),
                SexServed = Text("sexServed"),
                VulnerableOnly = vulnerable is "yes" || bool.TryParse(vulnerable, out var v) && v,
                Nationalities = Text("nationalities"),
                Languages = Text("languages"),
                Cost = Text("cost"),
                CapacityPerMonth = Number("capacityPerMonth"),
                CurrentLoad = Number("currentLoad"),
                Contact = Text("contact"),
                Hours = Text("hours"),
                ResponseDays = Number("responseDays"),
                Agreement = Text("agreement"),
                AgreementStart = Date("agreementStart"),
                AgreementEnd = Date("agreementEnd"),
                Description = Text("description"),
            }));
        }
        return (rows, errors);
    }

    /// <summary>The file, with cells that a spreadsheet would run as a formula escaped.</summary>
    public static byte[] Write(IEnumerable<ServiceView> services)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var column in Columns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var s in services)
            {
                object?[] values =
                [
                    s.OrganisationName, s.Name, s.Type, s.Dimension, string.Join(";", s.Locations.Select(l => l.Code)), s.MinAge, s.MaxAge, s.SexServed,
                    s.VulnerableOnly, s.Nationalities, s.Languages, s.Cost, s.CapacityPerMonth, s.CurrentLoad, s.Contact, s.Hours, s.ResponseDays,
                    s.Agreement, s.AgreementStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    s.AgreementEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Description,
                ];
                foreach (var value in values) csv.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }
}
