using System.Globalization;
using System.Text.Json;
using Keepage.Core.Crm;

namespace Keepage.Core.Publish;

/// <summary>
/// A record's fields as invariant text (the form <see cref="ContentHash"/> hashes), kept in the sync ledger with each
/// confirmed write so a dry run can say what each changed field was and will be. Holds KPI and alert fields only, no PHI.
/// </summary>
public static class FieldSnapshot
{
    private const string RegardingField = "@regarding";

    public static SortedDictionary<string, string?> Of(CrmRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var fields = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in record.Fields)
            fields[name] = Text(value);
        if (record.Regarding is { } regarding)
            fields[RegardingField] = $"{regarding.Table}/{regarding.CrmId}";
        return fields;
    }

    public static string ToJson(CrmRecord record) => JsonSerializer.Serialize(Of(record));

    /// <summary>The changes from the snapshot last written (null: never written, or written before snapshots were kept).</summary>
    public static IReadOnlyList<FieldChange> Changes(string? previousJson, CrmRecord record)
    {
        var previous = previousJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, string?>>(previousJson);
        var current = Of(record);
        var names = current.Keys.Concat(previous?.Keys ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var changes = new List<FieldChange>();
        foreach (var name in names)
        {
            current.TryGetValue(name, out var now);
            string? before = null;
            previous?.TryGetValue(name, out before);
            if (previous is null ? now is not null : !string.Equals(before, now, StringComparison.Ordinal))
                changes.Add(new FieldChange(name, before, now));
        }
        return changes;
    }

    public static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
