namespace Keepage.Emulators.Dataverse.Batch;

/// <summary>One part of a multipart body: its MIME headers and its content.</summary>
internal sealed record MimePart(IReadOnlyDictionary<string, string> Headers, string Content)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
