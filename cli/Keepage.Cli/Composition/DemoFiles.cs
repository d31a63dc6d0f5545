namespace Keepage.Cli.Composition;

/// <summary>The bundled demo data (samples/demo), copied beside the CLI at build time.</summary>
internal sealed record DemoFiles(string Referrals, string DataverseSeed)
{
    public static DemoFiles Locate()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples", "demo");
        var files = new DemoFiles(Path.Combine(folder, "referrals.csv"), Path.Combine(folder, "dataverse-seed.json"));
        return File.Exists(files.Referrals) && File.Exists(files.DataverseSeed)
            ? files
            : throw new FileNotFoundException($"The demo data is missing from {folder}; rebuild the CLI.");
    }
}
