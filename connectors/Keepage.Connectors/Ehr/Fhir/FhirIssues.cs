using System.Buffers;
using Hl7.Fhir.Utility;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Turns a Firely parse issue into a rejection reason without its message: Firely messages quote the offending value,
/// which may be PHI. The reason keeps the element path (element names and indexes only) and Firely's stable error code.
/// </summary>
internal static class FhirIssues
{
    private const int MaxPathLength = 160;
    private const string Root = "$this";
    private static readonly SearchValues<char> PathCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.[]$");

    public static string? PathOf(CodedException issue) =>
        issue is ExtendedCodedException { InstancePath: { Length: > 0 and <= MaxPathLength } path }
        && !path.AsSpan().ContainsAnyExcept(PathCharacters)
            ? path
            : null;

    public static string Reason(CodedException issue)
    {
        var code = IsCode(issue.ErrorCode) ? $" ({issue.ErrorCode})" : "";
        var path = PathOf(issue) is { } known && !known.StartsWith(Root, StringComparison.Ordinal) ? known : null;
        var what = issue.ErrorCode switch
        {
            "JSON102" => "resourceType is not a JSON string",
            "JSON103" => "the JSON object has no resourceType",
            "PVAL132" => "resourceType is not cased as a FHIR resource type",
            "PVAL131" => $"{path ?? "an element"} is not cased as a FHIR element name",
            ['J', 'S', 'O', 'N', ..] => $"{path ?? "the resource"} does not follow the FHIR JSON format",
            ['X', 'M', 'L', ..] => $"{path ?? "the resource"} does not follow the FHIR XML format",
            "PVAL123" or "PVAL124" => $"{path ?? "an element"} is not a valid FHIR value",
            _ => $"{path ?? "an element"} is not valid FHIR",
        };
        return what + code;
    }

    private static bool IsCode(string? code) =>
        code is { Length: > 0 and <= 12 } && code.All(char.IsAsciiLetterOrDigit);
}
