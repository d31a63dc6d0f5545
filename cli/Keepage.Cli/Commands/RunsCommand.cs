using System.CommandLine;
using System.Globalization;
using Keepage.Cli.Composition;
using Keepage.Cli.Configuration;
using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage runs --config FILE [--store CONNECTION]</c>: the runs recorded in the configuration's store, newest first,
/// with the hash of the configuration each ran with, so a mapping change shows where it starts.
/// </summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "The Keepage configuration (YAML) whose store holds the runs.", Required = true };
        var store = DemoCommand.StoreOption();
        var command = new Command("runs", "List recorded runs with their configuration hash and counts.") { config, store };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var runs = await ListAsync(parse.GetRequiredValue(config).FullName, parse.GetValue(store), ct);
                Print(Console.Out, runs);
                return 0;
            }
            catch (ConfigException e)
            {
                await Console.Error.WriteLineAsync($"Configuration error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    public static async Task<IReadOnlyList<RunRecord>> ListAsync(string configPath, string? store, CancellationToken cancellationToken)
    {
        var config = KeepageConfigLoader.Load(configPath);
        using var host = KeepageHost.Build(RunCommand.StoreFor(config.Store, store, configPath), verbose: false, _ => { });
        var keepage = host.Services.GetRequiredService<IKeepageStore>();
        await keepage.MigrateAsync(cancellationToken);
        return await keepage.ListRunsAsync(cancellationToken);
    }

    public static void Print(TextWriter output, IReadOnlyList<RunRecord> runs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            output.WriteLine("No runs recorded yet.");
            return;
        }
        output.WriteLine("run  started (UTC)     config        kind     files  accepted  quarantined  kpis  alerts  created  updated  unchanged  failed");
        foreach (var run in runs)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Id,-4} {run.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm}  {run.ConfigHash[..12]}  {(run.DryRun ? "dry-run" : "run"),-7}  {run.Files,5}  {run.Accepted,8}  {run.Quarantined,11}  {run.KpiRecords,4}  {run.Alerts,6}  {run.Created,7}  {run.Updated,7}  {run.Unchanged,9}  {run.Failed,6}"));
        }
    }
}
