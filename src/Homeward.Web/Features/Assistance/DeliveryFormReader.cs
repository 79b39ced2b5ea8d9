using System.Globalization;
using Homeward.Domain.Assistance;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Assistance;

/// <summary>Reads a delivery from form fields (the multipart API and the page), naming each field that does not parse.</summary>
[Infrastructure.ScopedService]
public sealed class DeliveryFormReader(IStringLocalizer<SharedResource> L)
{
    public (DeliveryInput Input, FieldErrors Errors) Read(Func<string, string?> field)
    {
        var errors = new FieldErrors();
        var input = new DeliveryInput
        {
            BudgetLineId = Parse<Guid>(field("budgetLineId"), "budgetLineId", s => Guid.TryParse(s, out var g) ? g : (Guid?)null, errors),
            LineKey = Parse<Guid>(field("lineKey"), "lineKey", s => Guid.TryParse(s, out var g) ? g : (Guid?)null, errors),
            DeliveredOn = Parse<DateOnly>(field("deliveredOn"), "deliveredOn",
                s => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null, errors),
            Amount = Parse<decimal>(field("amount"), "amount",
                s => decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) ? m : (decimal?)null, errors),
            Method = Parse<DeliveryMethod>(field("method"), "method",
                s => Enum.TryParse<DeliveryMethod>(s, ignoreCase: true, out var m) && Enum.IsDefined(m) && !int.TryParse(s, out _) ? m : (DeliveryMethod?)null, errors),
            Currency = Text(field("currency")),
            Goods = Text(field("goods")),
            Supplier = Text(field("supplier")),
            DeliveredBy = Text(field("deliveredBy")),
        };
        return (input, errors);
    }

    private T? Parse<T>(string? raw, string name, Func<string, T?> parse, FieldErrors errors) where T : struct
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var value = parse(raw.Trim());
        if (value is null) errors.Add(name, name switch
        {
            "amount" => L["Enter the amount as a number, such as 150.50."],
            "deliveredOn" => L["Enter the date as year-month-day."],
            "method" => L["Choose how the assistance was delivered."],
            _ => L["Choose the budget line."],
        });
        return value;
    }

    private static string? Text(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
}
