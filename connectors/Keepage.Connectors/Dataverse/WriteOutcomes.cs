using System.Text.Json;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Maps one $batch part's response to the record's <see cref="CrmWriteResult"/>: 201 created, 200/204 updated;
/// throttling (429 and the service-protection codes), timeouts and 5xx are retryable; other 4xx are permanent.
/// </summary>
internal static class WriteOutcomes
{
    // Service protection limit codes (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits).
    private static readonly HashSet<string> ThrottlingCodes = ["0x80072322", "0x80072321", "0x80072326"];

    public static CrmWriteResult FromPart(BatchOperation operation, BatchPartResponse part)
    {
        if (part.IsSuccess)
        {
            var outcome = part.Status == 201 ? CrmWriteOutcome.Created : CrmWriteOutcome.Updated;
            return new CrmWriteResult(operation.Key, outcome, CrmId(part.Body, operation.IdColumn));
        }
        var (code, message) = Error(part.Body);
        return Failure(operation.Key, part.Status, code, message);
    }

    public static CrmWriteResult Failure(string key, int status, string? code, string? message)
    {
        var retryable = status is 408 or 429 or >= 500 or 0 || (code is not null && ThrottlingCodes.Contains(code));
        return new CrmWriteResult(
            key,
            retryable ? CrmWriteOutcome.RetryableFailure : CrmWriteOutcome.PermanentFailure,
            Error: $"{status} {code}: {message}".Trim());
    }

    public static (string? Code, string? Message) Error(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                ? (Text(error, "code"), Text(error, "message"))
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? CrmId(string body, string idColumn)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return Text(json.RootElement, idColumn);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
