namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>The public HL7 v2 samples in <c>../shared/samples/hl7v2</c> beside the repository; tests skip without them.</summary>
internal static class Hl7v2Samples
{
    public static string Folder
    {
        get
        {
            var folder = RepositoryRoot.Shared is { } shared ? Path.Combine(shared, "samples", "hl7v2") : null;
            if (folder is null || !Directory.Exists(folder))
                Assert.Skip("The shared samples folder (../shared/samples/hl7v2 beside the repository) is absent; sample tests need it.");
            return folder;
        }
    }

    public static IReadOnlyList<string> Names => [.. Directory.GetFiles(Folder, "*.hl7").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static byte[] Read(string name)
    {
        var path = Path.Combine(Folder, name);
        if (!File.Exists(path))
            Assert.Skip($"Sample hl7v2/{name} is absent from ../shared/samples.");
        return File.ReadAllBytes(path);
    }
}
