namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>One line of an NDJSON file, without its line break; empty and flagged when it was over the length bound.</summary>
internal readonly record struct BoundedLine(ReadOnlyMemory<byte> Bytes, bool TooLong);
