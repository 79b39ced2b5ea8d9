using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Homeward.Web.Features.Caseload;

/// <summary>
/// Where the next caseload page starts: the (opened at, id) of the last case of the previous page. Sent to clients as
/// an opaque token so that they do not build it themselves.
/// </summary>
public sealed record CaseloadCursor(DateTime OpenedAt, Guid Id)
{
    private const string Version = "c1";

    public string Encode() => WebEncoders.Base64UrlEncode(System.Text.Encoding.ASCII.GetBytes(
        $"{Version}:{OpenedAt.Ticks.ToString(CultureInfo.InvariantCulture)}:{Id:N}"));

    public static bool TryDecode(string token, out CaseloadCursor? cursor)
    {
        cursor = null;
        string text;
        try
        {
            text = System.Text.Encoding.ASCII.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = text.Split(':');
        if (parts.Length != 3 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks
            || !Guid.TryParseExact(parts[2], "N", out var id))
            return false;
        cursor = new CaseloadCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}
