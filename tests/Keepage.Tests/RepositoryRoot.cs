namespace Keepage.Tests;

/// <summary>The repository root (the folder holding Integration.sln), found from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Integration.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Integration.sln not found above the test binaries.");
    }
}
