using Keepage.Core.Referrals;

namespace Keepage.Mapping;

/// <summary>
/// One raw record seen through a profile: each canonical field's trimmed text (first non-empty alias column, else the
/// default, then the value map) and typed values. Problems name the field and the expected form, never the value.
/// </summary>
internal sealed class RecordFields(SourceProfile profile, Func<string, string?> column)
{
    private static readonly IReadOnlyList<string> IsoOnly = [SourceProfile.IsoDateFormat];

    public List<string> Problems { get; } = [];

    public string? Text(string field)
    {
        var mapping = profile.Fields.GetValueOrDefault(field);
        var raw = mapping is null ? null : Raw(mapping.Columns);
        if (string.IsNullOrEmpty(raw))
            raw = profile.Defaults.GetValueOrDefault(field)?.Trim();
        if (!string.IsNullOrEmpty(raw) && mapping is not null && mapping.Values.TryGetValue(raw, out var mapped))
            raw = mapped.Trim();
        return string.IsNullOrEmpty(raw) ? null : raw;
    }

    /// <summary>The first non-empty (trimmed) value among <paramref name="columns"/>, with no default or value map.</summary>
    public string? Raw(IReadOnlyList<string> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (column(columns[i]) is { } value && !string.IsNullOrWhiteSpace(value))
                return value.Trim();
        }
        return null;
    }

    public DateOnly? Date(string field, bool required = false)
    {
        var text = Text(field);
        var formats = profile.Fields.GetValueOrDefault(field)?.DateFormats ?? IsoOnly;
        if (text is null)
        {
            if (required)
                Problems.Add($"{field} is missing");
            return null;
        }
        if (CanonicalValues.TryParseDate(text, formats, out var date))
            return date;
        Problems.Add($"{field} is not a date in format {string.Join(" or ", formats)}");
        return null;
    }

    public ReferralStatus Status()
    {
        if (CanonicalValues.TryParseStatus(Text(CanonicalFields.Status), out var status))
            return status;
        Problems.Add($"status is not a known status; expected {string.Join(", ", ReferralStatuses.All)} or a value mapped in the profile");
        return default;
    }

    public bool? InNetwork()
    {
        if (CanonicalValues.TryParseInNetwork(Text(CanonicalFields.InNetwork), out var inNetwork))
            return inNetwork;
        Problems.Add("in_network is not true, false or empty");
        return null;
    }
}
