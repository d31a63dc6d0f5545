namespace Keepage.Tests.Salesforce;

/// <summary>The recorded Salesforce fixtures in <c>../shared/fixtures/salesforce</c>, beside the repository.</summary>
internal static class SalesforceFixtures
{
    private static readonly string? Root = Find();

    public static string Read(string relativePath)
    {
        if (Root is null)
            Assert.Skip("The shared fixtures folder (../shared beside the repository) is absent; Salesforce conformance tests need it.");
        var path = Path.Combine(Root, "fixtures", "salesforce", relativePath);
        if (!File.Exists(path))
            Assert.Skip($"Fixture fixtures/salesforce/{relativePath} is absent from ../shared.");
        return File.ReadAllText(path);
    }

    /// <summary>The fixtures/salesforce folder; skips the test when ../shared is absent.</summary>
    public static string Folder()
    {
        if (Root is null)
            Assert.Skip("The shared fixtures folder (../shared beside the repository) is absent; Salesforce conformance tests need it.");
        return Path.Combine(Root, "fixtures", "salesforce");
    }

    public static WireMockStub Stub(string relativePath) => WireMockStub.Parse(Read(relativePath));

    /// <summary>The repository root (the folder holding Integration.sln).</summary>
    public static string? Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Integration.sln")))
            folder = folder.Parent;
        return folder?.FullName;
    }

    private static string? Find()
    {
        var repository = Repository();
        var shared = repository is null ? null : Path.GetFullPath(Path.Combine(repository, "..", "shared"));
        return shared is not null && Directory.Exists(shared) ? shared : null;
    }
}
