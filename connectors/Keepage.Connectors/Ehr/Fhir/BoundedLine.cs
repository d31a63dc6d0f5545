namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>One line of an NDJSON file, without its line break; empty and flagged when it was over the length bound.</summary>
internal readonly record struct BoundedLine(ReadOnlyMemory<byte> Bytes, bool TooLong);

/// <summary>The start of the first non-blank line, and whether the line ended (newline or end of stream) within the bound.</summary>
internal readonly record struct FirstLine(ReadOnlyMemory<byte> Start, bool Ended);
