namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Bounds that stop a hostile or broken export from exhausting memory or time. Anything over a bound is rejected with a
/// reason naming the bound, and the rest of the file is still read where it can be.
/// </summary>
public sealed record FhirReadLimits
{
    /// <summary>Longest NDJSON line (one resource) in bytes.</summary>
    public int MaxLineBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Largest JSON or XML document (a single resource or a whole Bundle) in bytes.</summary>
    public int MaxDocumentBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Deepest nesting of JSON objects and arrays, or of XML elements.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Most entries in one Bundle, nested Bundles included.</summary>
    public int MaxBundleEntries { get; init; } = 20_000;

    /// <summary>Most providers and ServiceRequest identifiers remembered across the files one reader reads.</summary>
    public int MaxRememberedReferences { get; init; } = 500_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLineBytes, 1024, nameof(MaxLineBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDocumentBytes, 1024, nameof(MaxDocumentBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDepth, 8, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDepth, 256, nameof(MaxDepth));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBundleEntries, 1, nameof(MaxBundleEntries));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRememberedReferences, 0, nameof(MaxRememberedReferences));
    }
}
