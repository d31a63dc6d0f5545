namespace Keepage.Tests.Ehr.Fhir;

/// <summary>The public FHIR samples in ../shared/samples/fhir beside the repository; tests skip when they are absent.</summary>
internal static class FhirSamples
{
    public static string Folder
    {
        get
        {
            var folder = RepositoryRoot.Shared is { } shared ? Path.Combine(shared, "samples", "fhir") : null;
            if (folder is null || !Directory.Exists(folder))
                Assert.Skip("The shared FHIR samples (../shared/samples/fhir beside the repository) are not present.");
            return folder;
        }
    }

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>Every sample file, providers first, as a bulk export is read.</summary>
    public static IReadOnlyList<string> AllInReadingOrder() =>
    [
        .. Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name != "README.md")
            .OrderBy(name => name.Contains("ractitioner", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(name => name, StringComparer.Ordinal),
    ];
}
