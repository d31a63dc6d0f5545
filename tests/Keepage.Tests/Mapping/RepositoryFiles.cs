namespace Keepage.Tests.Mapping;

/// <summary>Files committed in this repository, found by walking up from the test binaries to Integration.sln.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Integration.sln")))
            folder = folder.Parent;
        Assert.NotNull(folder);
        return System.IO.Path.Combine([folder.FullName, .. parts]);
    }
}
