using System.Globalization;

namespace Homeward.Web.Features.Monitoring;

/// <summary>How statistics read on pages and in files: whole numbers without decimals, scores with up to three.</summary>
public static class Number
{
    public static string Show(double? value, CultureInfo? culture = null) =>
        value is not { } v ? "" : v.ToString(Math.Abs(v % 1) < 1e-9 ? "N0" : "#,##0.###", culture ?? CultureInfo.CurrentCulture);

    public static string Show(decimal? value) => Show((double?)value);
}
