namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>The start of the first non-blank line, and whether the line ended (newline or end of stream) within the bound.</summary>
internal readonly record struct FirstLine(ReadOnlyMemory<byte> Start, bool Ended);
