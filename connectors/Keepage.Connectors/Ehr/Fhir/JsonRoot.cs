namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>What the top-level JSON object of a document or NDJSON line is.</summary>
internal enum JsonRoot
{
    NotAnObject,
    Resource,
    NoResourceType,

    /// <summary>A bulk <c>$export</c> manifest: <c>transactionTime</c> and <c>output</c>, no <c>resourceType</c>.</summary>
    BulkManifest,

    /// <summary>A line of the SMART bulk-data-client log (<c>exportId</c>, <c>eventId</c>), not part of the FHIR spec.</summary>
    BulkClientLog,
}
