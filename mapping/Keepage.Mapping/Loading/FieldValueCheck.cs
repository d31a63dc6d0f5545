using Keepage.Core.Referrals;

namespace Keepage.Mapping.Loading;

/// <summary>Whether a constant in a profile (a value-map target or a default) is valid canonical text for its field.</summary>
internal static class FieldValueCheck
{
    public static bool IsValid(string field, string text, IReadOnlyList<string> dateFormats) => field switch
    {
        CanonicalFields.Status => CanonicalValues.TryParseStatus(text, out _),
        CanonicalFields.InNetwork => CanonicalValues.TryParseInNetwork(text, out _),
        _ when CanonicalFields.IsDate(field) => text.Length == 0 || CanonicalValues.TryParseDate(text, dateFormats, out _),
        _ => true,
    };

    public static string Expectation(string field) => field switch
    {
        CanonicalFields.Status => $"status values must be one of: {string.Join(", ", ReferralStatuses.All)}",
        CanonicalFields.InNetwork => "in_network values must be true, false or empty",
        _ => $"{field} values must be dates in the field's format",
    };
}
