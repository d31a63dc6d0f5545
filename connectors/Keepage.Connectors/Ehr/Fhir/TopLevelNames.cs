using System.Text.Json;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>The few top-level property names that tell a resource from a bulk manifest or a bulk client log line.</summary>
internal sealed class TopLevelNames
{
    private int _resourceTypes;
    private bool _transactionTime;
    private bool _output;
    private bool _exportId;
    private bool _eventId;

    public void See(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("resourceType"u8))
            _resourceTypes++;
        _transactionTime |= reader.ValueTextEquals("transactionTime"u8);
        _output |= reader.ValueTextEquals("output"u8);
        _exportId |= reader.ValueTextEquals("exportId"u8);
        _eventId |= reader.ValueTextEquals("eventId"u8);
    }

    /// <summary>A second resourceType: Firely would silently keep the first, so the object is ambiguous.</summary>
    public bool HasDuplicateResourceType => _resourceTypes > 1;

    public JsonRoot Root() =>
        _resourceTypes > 0 ? JsonRoot.Resource
        : _transactionTime && _output ? JsonRoot.BulkManifest
        : _exportId && _eventId ? JsonRoot.BulkClientLog
        : JsonRoot.NoResourceType;
}
