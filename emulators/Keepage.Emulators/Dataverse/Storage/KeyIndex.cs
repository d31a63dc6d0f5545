using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// One table's alternate-key index, so an upsert by key costs a dictionary look-up instead of a table scan.
/// Values are normalised as <see cref="KeyValues"/> compares them: text case-insensitively (Dataverse's SQL
/// collation), numbers by value. Rows whose key holds a null are not indexed (such keys cannot address a row).
/// </summary>
internal sealed class KeyIndex(IReadOnlyList<string> keyColumns)
{
    private readonly Dictionary<string, Guid> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, string> _keyOf = [];

    public Guid? Find(IReadOnlyDictionary<string, JsonNode?> key) =>
        Normalize(column => key.GetValueOrDefault(column)) is { } text && _byKey.TryGetValue(text, out var id) ? id : null;

    /// <summary>True when <paramref name="key"/> names exactly the indexed columns, all non-null.</summary>
    public bool Covers(IReadOnlyDictionary<string, JsonNode?> key) =>
        key.Count == keyColumns.Count && keyColumns.All(c => key.TryGetValue(c, out var value) && value is not null);

    public void Put(StoredRow row)
    {
        Remove(row.Id);
        if (Normalize(row.Get) is not { } text)
            return;
        _byKey[text] = row.Id;
        _keyOf[row.Id] = text;
    }

    public void Clear()
    {
        _byKey.Clear();
        _keyOf.Clear();
    }

    public void Remove(Guid id)
    {
        if (_keyOf.Remove(id, out var text))
            _byKey.Remove(text);
    }

    private string? Normalize(Func<string, JsonNode?> valueOf)
    {
        var text = new StringBuilder();
        foreach (var column in keyColumns)
        {
            if (Part(valueOf(column)) is not { } part)
                return null;
            text.Append(part).Append('\u001f');
        }
        return text.ToString();
    }

    private static string? Part(JsonNode? value)
    {
        if (value is null)
            return null;
        if (ColumnValue.AsString(value) is { } text)
            return "s:" + text.ToUpperInvariant();
        // Dividing by 1.000… drops trailing zeros, so 2 and 2.0 index alike.
        if (ColumnValue.TryGetDecimal(value, out var number))
            return "n:" + (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        return "j:" + value.ToJsonString();
    }
}
