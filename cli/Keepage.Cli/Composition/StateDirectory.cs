namespace Keepage.Cli.Composition;

/// <summary>The folder a CLI run keeps its state in: the SQLite database and, for the demo, the emulated CRM and demo key.</summary>
internal sealed record StateDirectory(string Path)
{
    public string Database => System.IO.Path.Combine(Path, "keepage.db");

    public string DataverseEmulatorState => System.IO.Path.Combine(Path, "dataverse-emulator.json");

    public string DemoPatientKey => System.IO.Path.Combine(Path, "demo-patient-key.txt");

    public static StateDirectory Open(string? path)
    {
        var full = System.IO.Path.GetFullPath(path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"keepage-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(full);
        return new StateDirectory(full);
    }
}
