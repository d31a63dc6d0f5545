using System.Globalization;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// The columns of one file: header names (trimmed, matched ignoring case, first occurrence wins) or, for a file
/// without a header, 1-based column numbers.
/// </summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _indexByName = new(StringComparer.OrdinalIgnoreCase);

    private CsvColumns(IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
            _indexByName.TryAdd(names[i].Trim(), i);
        Count = names.Count;
        Names = names;
    }

    public int Count { get; }

    public IReadOnlyList<string> Names { get; }

    public static CsvColumns FromHeader(IReadOnlyList<string> header) => new(header);

    public static CsvColumns Numbered(int count) =>
        new([.. Enumerable.Range(1, count).Select(number => number.ToString(CultureInfo.InvariantCulture))]);

    public Func<string, string?> Lookup(string[] values) =>
        name => _indexByName.TryGetValue(name, out var index) && index < values.Length ? values[index] : null;
}
