using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Keepage.Cli.Composition;
using Keepage.Cli.Configuration;
using Keepage.Cli.Output;
using Keepage.Core.Flows;
using Keepage.Core.Privacy;
using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage run --config FILE [--store CONNECTION] [--dry-run [--plan FILE.jsonl]] [--json]</c>: the demo's flows
/// against configured folders and CRM URLs. The state store is <c>--store</c>, else the configuration's
/// <c>store.connectionString</c>, else its SQLite <c>store.path</c>. A dry run reads the CRMs but writes nothing to them,
/// and prints (and with <c>--plan</c> writes) what a real run would write. Every run is recorded with the configuration's
/// hash (<c>keepage runs</c>).
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "The Keepage configuration (YAML).", Required = true };
        var store = DemoCommand.StoreOption();
        var json = CommonOptions.Json();
        var verbose = CommonOptions.Verbose();
        var dryRun = new Option<bool>("--dry-run") { Description = "Do everything but the CRM writes; print what a real run would create, update or leave unchanged." };
        var plan = new Option<FileInfo?>("--plan") { Description = "With --dry-run: write each planned operation, with its key and changed fields (old -> new), to this JSON Lines file." };
        var command = new Command("run", "Ingest the configured export folders, sync and reconcile the CRMs, compute KPIs and alerts, publish.")
        {
            config, store, dryRun, plan, json, verbose,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(plan) is not null && !result.GetValue(dryRun))
                result.AddError("--plan needs --dry-run.");
        });
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var summary = await RunAsync(parse.GetRequiredValue(config).FullName, parse.GetValue(store),
                    new ConsoleRunObserver(ErrorConsole.Create()), parse.GetValue(verbose), parse.GetValue(dryRun), ct);
                if (parse.GetValue(plan) is { } planFile && summary.Plan is { } planned)
                    await PlanFile.WriteAsync(planFile.FullName, planned.Writes, ct);
                RunSummaryPrinter.Print(summary, parse.GetValue(json));
                return summary.CrmFailed == 0 ? 0 : 1;
            }
            catch (ConfigException e)
            {
                await Console.Error.WriteLineAsync($"Configuration error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    public static Task<RunSummary> RunAsync(string configPath, IRunObserver observer, bool verbose, CancellationToken cancellationToken) =>
        RunAsync(configPath, null, observer, verbose, dryRun: false, cancellationToken);

    public static async Task<RunSummary> RunAsync(
        string configPath, string? store, IRunObserver observer, bool verbose, bool dryRun, CancellationToken cancellationToken)
    {
        var config = KeepageConfigLoader.Load(configPath);
        var configHash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(configPath, cancellationToken)));
        var baseDirectory = Path.GetDirectoryName(configPath)!;
        var stateStore = StoreFor(config.Store, store, configPath);
        var pseudonymizer = new PatientPseudonymizer(PatientKey.Resolve(config.Privacy.PatientKey!));

        using var host = KeepageHost.Build(stateStore, verbose, services => ConfiguredServices.Add(services, config));
        await host.Services.GetRequiredService<IKeepageStore>().MigrateAsync(cancellationToken);

        var exports = await ConfiguredExports.ListAsync(config, baseDirectory, pseudonymizer, cancellationToken);
        var asOf = string.IsNullOrWhiteSpace(config.Analysis.AsOf)
            ? (DateOnly?)null
            : DateOnly.ParseExact(config.Analysis.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var clock = host.Services.GetRequiredService<TimeProvider>();
        var startedAt = clock.GetUtcNow();
        var summary = await host.Services.GetRequiredService<KeepageRun>().RunAsync(new RunRequest(exports.Exports, asOf, DryRun: dryRun), observer, cancellationToken);
        if (!dryRun)
            await exports.MarkIngestedAsync(cancellationToken);
        await host.Services.GetRequiredService<IKeepageStore>().RecordRunAsync(RunHistoryRecord.Of(summary, configHash, startedAt, clock.GetUtcNow()), cancellationToken);
        return summary;
    }

    // A connection string is a secret-bearing setting, so the configuration holds a reference (env:NAME) to it.
    internal static string StoreFor(StoreConfig config, string? store, string configPath)
    {
        if (!string.IsNullOrWhiteSpace(store))
            return store;
        if (!string.IsNullOrWhiteSpace(config.ConnectionString))
        {
            SecretReference.EnsureReference(config.ConnectionString, "store.connectionString", configPath);
            return SecretReference.Resolve(config.ConnectionString, "store.connectionString");
        }
        var database = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(configPath)!, config.Path));
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        return database;
    }
}
