namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>One generated malformed HL7 v2 file: its kind, a name that says what was done to it, and its bytes.</summary>
internal sealed record MalformedInput(string Kind, string Name, byte[] Bytes);
