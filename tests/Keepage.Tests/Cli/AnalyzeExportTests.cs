using System.CommandLine;
using Keepage.Cli.Commands;
using Keepage.Cli.Composition;
using Keepage.Core.Privacy;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Cli;

public sealed class AnalyzeExportTests : IDisposable
{
    private readonly TempState _folder = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReAnalyzingTheSameDataGivesByteIdenticalKpiAndAlertExports()
    {
        var state = StateDirectory.Open(_folder.File("state"));
        var reading = await ExportSources.ReadingAsync("canonical", null, null, new PatientPseudonymizer(new byte[32]), null, _folder.Path, Cancellation);
        await IngestCommand.RunAsync(state, reading, [Path.Combine(RepositoryRoot.Path, "samples", "demo", "referrals.csv")], null, new NullRunObserver(), verbose: false, Cancellation);

        var first = await AnalyzeAndExportAsync(state.Path, "first");
        var second = await AnalyzeAndExportAsync(state.Path, "second");

        Assert.All(first, file => Assert.True(new FileInfo(file).Length > 100, $"{file} holds records"));
        Assert.Equal(first.Select(File.ReadAllBytes), second.Select(File.ReadAllBytes));
    }

    private async Task<List<string>> AnalyzeAndExportAsync(string state, string run)
    {
        var root = new RootCommand { AnalyzeCommand.Create(), ExportCommand.Create() };
        Assert.Equal(0, await root.Parse(["analyze", "--state", state, "--as-of", "2026-11-01"]).InvokeAsync(cancellationToken: Cancellation));
        var files = new List<string>();
        foreach (var (table, format) in new[] { ("kpis", "csv"), ("alerts", "json"), ("alerts", "csv") })
        {
            var output = _folder.File($"{run}-{table}.{format}");
            Assert.Equal(0, await root.Parse(["export", table, "--state", state, "--format", format, "--out", output]).InvokeAsync(cancellationToken: Cancellation));
            files.Add(output);
        }
        return files;
    }

    public void Dispose() => _folder.Dispose();
}
