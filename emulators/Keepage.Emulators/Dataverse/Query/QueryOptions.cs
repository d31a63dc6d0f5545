using System.Globalization;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Query;

/// <summary>
/// The system query options of one GET. Names are case-sensitive and may appear once (wire spec A3).
/// <see cref="RawWithoutSkipToken"/> is the query as the client encoded it, reused verbatim in nextLinks and delta
/// links (so it leaves out $skiptoken and $deltatoken).
/// </summary>
internal sealed record QueryOptions(
    IReadOnlyList<string>? Select,
    FilterNode? Filter,
    IReadOnlyList<OrderByClause> OrderBy,
    int? Top,
    bool Count,
    string? SkipToken,
    string RawWithoutSkipToken)
{
    private static readonly HashSet<string> NotImplemented = ["$expand", "$apply"];

    /// <summary>The change-tracking token of a delta link, decoded (<c>version!timestamp</c>).</summary>
    public string? DeltaToken { get; init; }

    public static QueryOptions Parse(string rawQuery)
    {
        var options = new QueryOptions(null, null, [], null, false, null, "");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string>();
        foreach (var (name, value, raw) in QueryString.Parse(rawQuery))
        {
            if (name.StartsWith('$') && !seen.Add(name))
                throw ApiFault.Syntax($"Query option '{name}' was specified more than once, but it must be specified at most once.");
            if (name is not ("$skiptoken" or "$deltatoken"))
                kept.Add(raw);
            options = Apply(options, name, value);
        }
        return options with { RawWithoutSkipToken = string.Join('&', kept) };
    }

    private static QueryOptions Apply(QueryOptions options, string name, string value) => name switch
    {
        "$select" => options with { Select = ParseSelect(value) },
        "$filter" => options with { Filter = FilterParser.Parse(value) },
        "$orderby" => options with { OrderBy = OrderByClause.Parse(value) },
        "$top" => options with { Top = ParseTop(value) },
        "$count" => options with { Count = value == "true" },
        "$skiptoken" => options with { SkipToken = value },
        "$deltatoken" => options with { DeltaToken = value },
        _ when NotImplemented.Contains(name) => throw ApiFault.NotImplemented($"the {name} query option"),
        _ when name.StartsWith('@') => throw ApiFault.NotImplemented("parameter aliases"),
        _ when name.StartsWith('$') => throw ApiFault.Syntax($"The query parameter '{name}' is not supported."),
        _ => options,
    };

    private static List<string> ParseSelect(string value)
    {
        var columns = value.Split(',', StringSplitOptions.TrimEntries).ToList();
        var invalid = columns.FirstOrDefault(c => !ColumnName.IsValid(c));
        return invalid is null ? columns : throw ApiFault.Syntax($"Syntax error at position 0 in '{value}'.");
    }

    private static int ParseTop(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var top)
            ? top
            : throw ApiFault.Syntax($"Invalid value '{value}' for $top query option found. The $top query option requires a non-negative integer value.");
}
