using System.Globalization;
using System.Text;

namespace Keepage.Emulators.Dataverse.Query;

/// <summary>
/// A change-tracking token as Dataverse writes it: <c>version!MM/dd/yyyy HH:mm:ss</c> (UTC), percent-encoded with
/// lower-case hex in the delta link, e.g. <c>919042%2108%2f22%2f2017%2008%3a10%3a44</c> (wire spec A9).
/// </summary>
internal sealed record ChangeToken(long Version, DateTimeOffset IssuedAt)
{
    private const string TimeFormat = "MM/dd/yyyy HH:mm:ss";

    public override string ToString() =>
        $"{Version.ToString(CultureInfo.InvariantCulture)}!{IssuedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}";

    public string Encoded()
    {
        var escaped = Uri.EscapeDataString(ToString());
        var text = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
            text.Append(i > 0 && escaped[i - 1] == '%' || i > 1 && escaped[i - 2] == '%' ? char.ToLowerInvariant(escaped[i]) : escaped[i]);
        return text.ToString();
    }

    public static ChangeToken? TryParse(string text)
    {
        var bang = text.IndexOf('!', StringComparison.Ordinal);
        if (bang <= 0
            || !long.TryParse(text.AsSpan(0, bang), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !DateTime.TryParseExact(text[(bang + 1)..], TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var issued))
            return null;
        return new ChangeToken(version, new DateTimeOffset(issued, TimeSpan.Zero));
    }
}
