namespace Keepage.Tests.Ehr.Fhir;

/// <summary>One generated malformed FHIR input: its kind, its number within the kind, and its bytes.</summary>
internal sealed record MalformedInput(string Kind, int Index, byte[] Bytes)
{
    public override string ToString() => $"{Kind} #{Index}";
}
