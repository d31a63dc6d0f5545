namespace Keepage.Tests.Dataverse;

/// <summary>The recorded Dataverse fixtures in <c>../shared/fixtures/dataverse</c>, beside the repository.</summary>
internal static class SharedFixtures
{
    private static readonly string? Root = Find();

    public static string Read(string relativePath)
    {
        if (Root is null)
            Assert.Skip("The shared fixtures folder (../shared beside the repository) is absent; conformance tests need it.");
        var path = Path.Combine(Root, "fixtures", "dataverse", relativePath);
        if (!File.Exists(path))
            Assert.Skip($"Fixture fixtures/dataverse/{relativePath} is absent from ../shared.");
        return File.ReadAllText(path);
    }

    private static string? Find() => RepositoryRoot.Shared;
}
