using System.Text.RegularExpressions;

namespace Keepage.Core.Ingest;

/// <summary>
/// Reads a machine-readable code and field out of a rejection reason, so quarantine can be listed and filtered
/// without every reader carrying a second channel. Readers write reasons as "&lt;field&gt; &lt;problem&gt;"
/// (<c>referral_date is not a date in format yyyy-MM-dd</c>, <c>RF1-7 referral date is not a valid HL7 date</c>);
/// the first rule whose words appear gives the code, and a leading canonical field, HL7 position or FHIR path is
/// the field. Reasons with several problems ("a; b") are classified by the first. See docs/sources.md.
/// </summary>
public static partial class RejectionReasons
{
    public const string Unclassified = "rejected";

    /// <summary>The reason for an update the store could not link (<see cref="UpsertOutcome.Ambiguous"/>).</summary>
    public const string AmbiguousPatientLink =
        "patient_key is ambiguous: several referrals of the patient match the appointment equally; the message names no referral id";

    private static readonly (string Words, string Code)[] Rules =
    [
        ("ambiguous", "ambiguous_link"),
        ("no column for", "missing_column"),
        ("columns but the file has", "column_count"),
        ("archive", "archive"),
        ("binary", "binary_content"),
        ("encoding", "encoding"),
        ("is empty", "empty_file"),
        ("longer than", "too_large"),
        ("too large", "too_large"),
        ("too many", "too_large"),
        ("unknown format", "unknown_format"),
        ("crosswalk", "unmapped_provider"),
        ("referring provider", "missing_provider"),
        ("is missing", "missing_field"),
        ("date", "bad_date"),
        ("status", "unknown_status"),
        ("missing", "missing_field"),
        ("not valid", "invalid_value"),
        ("is not", "invalid_value"),
    ];

    public static string Code(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Unclassified;
        var first = FirstProblem(reason);
        foreach (var (words, code) in Rules)
        {
            if (first.Contains(words, StringComparison.OrdinalIgnoreCase))
                return code;
        }
        return Unclassified;
    }

    /// <summary>The field the first problem names (a canonical field, an HL7 position like RF1-7, or a FHIR path), or null.</summary>
    public static string? Field(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return null;
        var first = FirstProblem(reason);
        var match = LeadingField().Match(first);
        if (match.Success)
            return match.Groups["field"].Value;
        var column = MissingColumnField().Match(first);
        return column.Success ? column.Groups["field"].Value : null;
    }

    private static string FirstProblem(string reason)
    {
        var end = reason.IndexOf("; ", StringComparison.Ordinal);
        return (end < 0 ? reason : reason[..end]).Trim();
    }

    // snake_case canonical fields (referral_date), HL7 positions (RF1-7, PRD-7.1), FHIR paths (ServiceRequest.authoredOn).
    [GeneratedRegex(@"^(?<field>[a-z]+(?:_[a-z0-9]+)+|[a-z]+(?=\s+is\b)|[A-Z][A-Z0-9]{2}-\d{1,3}(?:\.\d{1,3})*|[A-Z][A-Za-z]+(?:\.[a-z][A-Za-z]*)+)\b", RegexOptions.None, 100)]
    private static partial Regex LeadingField();

    [GeneratedRegex(@"no column for (?<field>[a-z]+(?:_[a-z]+)*)", RegexOptions.None, 100)]
    private static partial Regex MissingColumnField();
}
