using System.Globalization;
using System.Text;

namespace Keepage.Emulators.Dataverse.Query;

/// <summary>
/// The $skiptoken of a nextLink, shaped like Dataverse's XML paging cookie (fixture maxpagesize-nextlink): the inner
/// cookie is percent-encoded in lower case inside the outer one, and the outer is percent-encoded again in the link,
/// keeping '=' and '/'. Clients treat it as opaque; the emulator reads back the id of the last row served.
/// </summary>
internal static class PagingCookie
{
    public static string Create(int nextPage, string primaryIdColumn, Guid first, Guid last)
    {
        var inner = $"<cookie page=\"{nextPage - 1}\"><{primaryIdColumn} last=\"{Braced(last)}\" first=\"{Braced(first)}\" /></cookie>";
        var outer = $"<cookie pagenumber=\"{nextPage}\" pagingcookie=\"{Encode(inner, keep: "", lowerCase: true)}\" />";
        return Encode(outer, keep: "=/", lowerCase: false);
    }

    /// <summary>Reads a decoded $skiptoken value.</summary>
    public static bool TryRead(string skipToken, out int page, out Guid last)
    {
        last = Guid.Empty;
        var inner = Attribute(skipToken, "pagingcookie");
        return int.TryParse(Attribute(skipToken, "pagenumber"), NumberStyles.None, CultureInfo.InvariantCulture, out page)
            && inner is not null
            && Guid.TryParse(Attribute(Uri.UnescapeDataString(inner), "last")?.Trim('{', '}'), out last);
    }

    private static string Braced(Guid id) => "{" + id.ToString().ToUpperInvariant() + "}";

    private static string Encode(string text, string keep, bool lowerCase)
    {
        var result = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~' || keep.Contains(c, StringComparison.Ordinal))
                result.Append(c);
            else
                result.Append('%').Append(b.ToString(lowerCase ? "x2" : "X2", CultureInfo.InvariantCulture));
        }
        return result.ToString();
    }

    private static string? Attribute(string xml, string name)
    {
        var marker = $" {name}=\"";
        var start = xml.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
            return null;
        start += marker.Length;
        var end = xml.IndexOf('"', start);
        return end < 0 ? null : xml[start..end];
    }
}
