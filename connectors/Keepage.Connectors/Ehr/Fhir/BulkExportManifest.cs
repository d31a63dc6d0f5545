using System.Text.Json;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// A bulk <c>$export</c> completion manifest (HL7 Bulk Data Access IG): the NDJSON files to fetch. The reader gives no
/// records for a manifest; fetching the listed files is the source's job, in <see cref="InReadingOrder"/> so providers
/// are remembered before the ServiceRequests that name them.
/// </summary>
public sealed record BulkExportManifest(string? TransactionTime, IReadOnlyList<BulkExportFile> Output, IReadOnlyList<BulkExportFile> Errors)
{
    private const int MaxManifestBytes = 16 * 1024 * 1024;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>The manifest in <paramref name="content"/>, or null when it is not one (or is over 16 MiB, or malformed).</summary>
    public static async Task<BulkExportManifest?> TryReadAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var bounded = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (bounded.Length + read > MaxManifestBytes)
                return null;
            bounded.Write(buffer, 0, read);
        }
        try
        {
            using var document = JsonDocument.Parse(bounded.ToArray(), Options);
            return From(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Providers first, then ServiceRequests, then the Appointments and Encounters that update them, then the rest.</summary>
    public IReadOnlyList<BulkExportFile> InReadingOrder() => [.. Output.OrderBy(file => Rank(file.Type))];

    private static BulkExportManifest? From(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || root.TryGetProperty("resourceType", out _)
            || !root.TryGetProperty("output", out var output) || output.ValueKind != JsonValueKind.Array)
            return null;
        var time = root.TryGetProperty("transactionTime", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var errors = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Array ? Files(error) : [];
        return new BulkExportManifest(time, Files(output), errors);
    }

    private static List<BulkExportFile> Files(JsonElement array) =>
    [
        .. array.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.Object)
            .Select(item => (Type: Text(item, "type"), Url: Text(item, "url"), Count: Count(item)))
            .Where(item => item.Type is not null && item.Url is not null)
            .Select(item => new BulkExportFile(item.Type!, item.Url!, item.Count)),
    ];

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Count(JsonElement item) =>
        item.TryGetProperty("count", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count) ? count : null;

    private static int Rank(string type) => type switch
    {
        "Practitioner" or "PractitionerRole" or "Organization" => 0,
        "ServiceRequest" => 1,
        "Appointment" or "Encounter" => 2,
        _ => 3,
    };
}
