namespace Keepage.Tests.Mapping;

/// <summary>Files committed in this repository, under the repository root.</summary>
internal static class RepositoryFiles
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([RepositoryRoot.Path, .. parts]);
}
