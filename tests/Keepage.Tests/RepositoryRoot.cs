namespace Keepage.Tests;

/// <summary>The repository root (the folder holding Integration.sln), found from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The shared fixtures and samples folder beside the repository (<c>../shared</c>), or null when absent.</summary>
    public static string? Shared { get; } = Directory.Exists(System.IO.Path.Combine(Path, "..", "shared"))
        ? System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared"))
        : null;

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
