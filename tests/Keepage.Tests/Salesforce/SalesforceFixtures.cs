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
    public static string? Repository() => RepositoryRoot.Path;

    private static string? Find() => RepositoryRoot.Shared;
}
