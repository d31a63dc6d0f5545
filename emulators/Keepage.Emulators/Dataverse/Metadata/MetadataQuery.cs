using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;

namespace Keepage.Emulators.Dataverse.Metadata;

/// <summary>
/// The query options of a metadata request: <c>$select</c>, <c>$filter</c> and <c>$expand</c> of <c>Attributes</c>
/// and <c>Keys</c>, each optionally with its own <c>($select=…)</c> (wire spec A13).
/// </summary>
internal sealed record MetadataQuery(IReadOnlyList<string>? Select, FilterNode? Filter, IReadOnlyDictionary<string, IReadOnlyList<string>?> Expand)
{
    public static MetadataQuery Parse(string rawQuery)
    {
        var query = new MetadataQuery(null, null, new Dictionary<string, IReadOnlyList<string>?>());
        foreach (var (name, value, _) in QueryString.Parse(rawQuery))
        {
            query = name switch
            {
                "$select" => query with { Select = SelectList(value) },
                "$filter" => query with { Filter = FilterParser.Parse(value) },
                "$expand" => query with { Expand = ExpandList(value) },
                _ when name.StartsWith('$') => throw ApiFault.NotImplemented($"the {name} query option on metadata"),
                _ => query,
            };
        }
        return query;
    }

    /// <summary>The <c>$select</c> part of the context URL, expansions included: <c>(LogicalName,Attributes(LogicalName))</c>.</summary>
    public string ContextSelect()
    {
        var parts = (Select ?? []).Concat(Expand.Select(e => $"{e.Key}({string.Join(',', e.Value ?? [])})")).ToList();
        return parts.Count == 0 ? "" : $"({string.Join(',', parts)})";
    }

    private static List<string> SelectList(string value) => [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static Dictionary<string, IReadOnlyList<string>?> ExpandList(string value)
    {
        var expand = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        foreach (var item in TopLevel(value))
        {
            var open = item.IndexOf('(', StringComparison.Ordinal);
            var name = open < 0 ? item : item[..open];
            if (name is not ("Attributes" or "Keys"))
                throw ApiFault.NotImplemented($"$expand of '{name}' on EntityDefinitions");
            expand[name] = open < 0 ? null : Nested(item[(open + 1)..^1]);
        }
        return expand;
    }

    private static List<string>? Nested(string options)
    {
        if (options.Length == 0)
            return null;
        return options.StartsWith("$select=", StringComparison.Ordinal) && !options.Contains(';', StringComparison.Ordinal)
            ? SelectList(options["$select=".Length..])
            : throw ApiFault.NotImplemented($"the nested options '{options}' on metadata");
    }

    // Splits "Attributes($select=a,b),Keys" at the commas outside parentheses.
    private static IEnumerable<string> TopLevel(string value)
    {
        var (depth, start) = (0, 0);
        for (var i = 0; i < value.Length; i++)
        {
            depth += value[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (value[i] == ',' && depth == 0)
            {
                yield return value[start..i].Trim();
                start = i + 1;
            }
        }
        yield return value[start..].Trim();
    }
}
