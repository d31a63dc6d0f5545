using System.CommandLine;
using Keepage.Cli.Composition;
using Keepage.Cli.Output;
using Keepage.Connectors.Dataverse;
using Keepage.Core.Flows;
using Keepage.Core.Privacy;
using Keepage.Core.Store;
using Keepage.Emulators.Dataverse;
using Spectre.Console;
using Keepage.Mapping;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage demo [--state DIR] [--store CONNECTION] [--json]</c>: the whole loop on the bundled data against an
/// in-process Dataverse emulator whose tables live in the state folder, so a second run meets the CRM the first one
/// wrote to. With <c>--store</c> Keepage's state lives in that PostgreSQL database instead of the folder's SQLite file.
/// </summary>
internal static class DemoCommand
{
    private const string DemoSource = "demo-ehr";
    internal const string DemoClientId = "keepage-demo";
    internal const string DemoClientSecret = "demo-only-secret";

    public static Command Create()
    {
        var state = CommonOptions.State(required: false);
        var store = StoreOption();
        var json = CommonOptions.Json();
        var verbose = CommonOptions.Verbose();
        var command = new Command("demo", "Run ingest -> CRM sync -> reconcile -> KPIs -> alerts -> publish on bundled demo data.")
        {
            state, store, json, verbose,
        };
        command.SetAction(async (parse, ct) =>
        {
            var directory = StateDirectory.Open(parse.GetValue(state));
            var progress = ErrorConsole.Create();
            progress.MarkupLine($"[grey]State folder: {Markup.Escape(directory.Path)}[/]");
            var summary = await RunAsync(directory, parse.GetValue(store), new ConsoleRunObserver(progress), parse.GetValue(verbose), ct);
            RunSummaryPrinter.Print(summary, parse.GetValue(json));
            return summary.CrmFailed == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>The <c>--store</c> option: a PostgreSQL connection string that replaces the state folder's SQLite file.</summary>
    internal static Option<string> StoreOption() => new("--store")
    {
        Description = "Keep Keepage's state in this PostgreSQL database (\"Host=...;Database=...;Username=...;Password=...\") instead of a SQLite file.",
    };

    public static Task<RunSummary> RunAsync(
        StateDirectory state, IRunObserver observer, bool verbose, CancellationToken cancellationToken) =>
        RunAsync(state, null, observer, verbose, cancellationToken);

    /// <summary>
    /// Runs the demo with its emulated CRM and demo key in <paramref name="state"/>, and Keepage's state in the
    /// PostgreSQL database <paramref name="store"/> names (a connection string), or in the folder's SQLite file when null.
    /// </summary>
    public static async Task<RunSummary> RunAsync(
        StateDirectory state, string? store, IRunObserver observer, bool verbose, CancellationToken cancellationToken)
    {
        var demo = DemoFiles.Locate();
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions
        {
            SeedFile = demo.DataverseSeed,
            StateFile = state.DataverseEmulatorState,
            ClientId = DemoClientId,
            ClientSecret = DemoClientSecret,
        }, cancellationToken);

        using var host = KeepageHost.Build(string.IsNullOrWhiteSpace(store) ? state.Database : store, verbose, services => services.AddDataverse(options =>
        {
            options.Url = emulator.BaseAddress.ToString();
            options.TenantId = DataverseEmulatorOptions.DefaultTenantId;
            options.ClientId = DemoClientId;
            options.ClientSecret = DemoClientSecret;
            options.TokenEndpoint = emulator.TokenEndpoint.ToString();
        }));
        await host.Services.GetRequiredService<IKeepageStore>().MigrateAsync(cancellationToken);

        var pseudonymizer = new PatientPseudonymizer(DemoPatientKey.LoadOrCreate(state));
        var export = ExportSources.ForFile(demo.Referrals, BuiltInProfiles.Get("canonical"), pseudonymizer, DemoSource);
        var request = new RunRequest([export], AsOfFromData: true);
        return await host.Services.GetRequiredService<KeepageRun>().RunAsync(request, observer, cancellationToken);
    }
}
