namespace Keepage.Tests.Flows;

/// <summary>A temporary folder for one test's state, deleted afterwards.</summary>
internal sealed class TempState : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "keepage-test-" + Guid.NewGuid().ToString("N"));

    public TempState() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that still holds a file is not a test failure; the OS temp folder is cleaned eventually.
        }
    }
}
