using System.Globalization;
using System.Text;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// System query options of a RetrieveMultiple, written as the query string Dataverse documents
/// (<c>$select=name,revenue&amp;$filter=…</c>). A $filter's literals come from <see cref="ODataLiteral"/>; the
/// whole $filter is then percent-encoded here, once.
/// </summary>
public sealed record ODataQuery
{
    public string? Select { get; init; }

    public string? Filter { get; init; }

    public string? OrderBy { get; init; }

    public int? Top { get; init; }

    public override string ToString()
    {
        var query = new StringBuilder();
        Append(query, "$select", Select);
        Append(query, "$filter", Filter is null ? null : Uri.EscapeDataString(Filter));
        Append(query, "$orderby", OrderBy is null ? null : Uri.EscapeDataString(OrderBy));
        Append(query, "$top", Top?.ToString(CultureInfo.InvariantCulture));
        return query.ToString();
    }

    private static void Append(StringBuilder query, string option, string? value)
    {
        if (value is null)
            return;
        if (query.Length > 0)
            query.Append('&');
        query.Append(option).Append('=').Append(value);
    }
}
