namespace Keepage.Tests.Dataverse;

/// <summary>A temporary folder removed at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("keepage-dataverse-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
