using System.Diagnostics;
using System.Text.Json;
using Keepage.Tests.Mapping;

namespace Keepage.Tests.Infra;

/// <summary>
/// The <c>bicep</c> binary of the Azure.Bicep.CommandLine.linux-x64 package the test project references, found in
/// the NuGet packages folder through the project's assets file. The binary embeds the Azure resource types, so
/// building and linting need no network.
/// </summary>
internal static class BicepCli
{
    private const string Package = "Azure.Bicep.CommandLine.linux-x64";

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Locate()) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryFiles.Path() };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await errors);
    }

    private static string Locate()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Skip($"{Package} carries the Linux build of bicep only.");
        var assets = RepositoryFiles.Path("tests", "Keepage.Tests", "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{assets} is missing: restore the test project.");
        using var json = JsonDocument.Parse(File.ReadAllText(assets));
        var library = json.RootElement.GetProperty("libraries").EnumerateObject()
            .Single(entry => entry.Name.StartsWith(Package + "/", StringComparison.OrdinalIgnoreCase));
        var relative = library.Value.GetProperty("path").GetString()!;
        var binary = json.RootElement.GetProperty("packageFolders").EnumerateObject()
            .Select(folder => Path.Combine(folder.Name, relative, "tools", "bicep"))
            .FirstOrDefault(File.Exists);
        Assert.True(binary is not null, $"The bicep binary of {library.Name} is not in any NuGet packages folder.");
        // NuGet does not keep the execute bit when it extracts a package.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return binary;
    }
}
