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
/// <c>keepage demo [--state DIR] [--json]</c>: the whole loop on the bundled data against an in-process Dataverse
/// emulator whose tables live in the state folder, so a second run meets the CRM the first one wrote to.
/// </summary>
internal static class DemoCommand
{
    private const string DemoSource = "demo-ehr";
    internal const string DemoClientId = "keepage-demo";
    internal const string DemoClientSecret = "demo-only-secret";

    public static Command Create()
    {
        var state = CommonOptions.State(required: false);
        var json = CommonOptions.Json();
        var verbose = CommonOptions.Verbose();
        var command = new Command("demo", "Run ingest -> CRM sync -> reconcile -> KPIs -> alerts -> publish on bundled demo data.")
        {
            state, json, verbose,
        };
        command.SetAction(async (parse, ct) =>
        {
            var directory = StateDirectory.Open(parse.GetValue(state));
            var progress = ErrorConsole.Create();
            progress.MarkupLine($"[grey]State folder: {Markup.Escape(directory.Path)}[/]");
            var summary = await RunAsync(directory, new ConsoleRunObserver(progress), parse.GetValue(verbose), ct);
            RunSummaryPrinter.Print(summary, parse.GetValue(json));
            return summary.CrmFailed == 0 ? 0 : 1;
        });
        return command;
    }

    public static async Task<RunSummary> RunAsync(
        StateDirectory state, IRunObserver observer, bool verbose, CancellationToken cancellationToken)
    {
        var demo = DemoFiles.Locate();
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions
        {
            SeedFile = demo.DataverseSeed,
            StateFile = state.DataverseEmulatorState,
            ClientId = DemoClientId,
            ClientSecret = DemoClientSecret,
        }, cancellationToken);

        using var host = KeepageHost.Build(state.Database, verbose, services => services.AddDataverse(options =>
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
