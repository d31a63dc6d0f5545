using System.CommandLine;
using Keepage.Cli.Composition;
using Keepage.Cli.Export;
using Keepage.Connectors.Store;
using Keepage.Core.Reconciliation;

namespace Keepage.Cli.Commands;

/// <summary><c>keepage export referrals|kpis|alerts|unmatched --state DIR [--format csv|json] [--out FILE]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var what = new Argument<string>("what") { Description = "referrals, kpis, alerts or unmatched" };
        what.AcceptOnlyFromAmong("referrals", "kpis", "alerts", "unmatched");
        var state = CommonOptions.State(required: true);
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export what the state holds, with stable documented columns.") { what, state, format, output };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetRequiredValue(what), parse.GetRequiredValue(state), parse.GetRequiredValue(format), parse.GetValue(output), ct));
        return command;
    }

    private static async Task<int> RunAsync(string what, string statePath, string format, string? output, CancellationToken cancellationToken)
    {
        var state = StateDirectory.Open(statePath);
        if (!File.Exists(state.Database))
        {
            await Console.Error.WriteLineAsync($"No Keepage state in '{state.Path}'.");
            return 2;
        }
        var store = new SqliteKeepageStore(state.Database);
        await store.MigrateAsync(cancellationToken);
        var (columns, rows) = what switch
        {
            "referrals" => (ExportTables.ReferralColumns, (await store.ListReferralsAsync(cancellationToken)).Select(ExportTables.Row)),
            "kpis" => (ExportTables.KpiColumns, (await store.ListKpisAsync(cancellationToken)).Select(ExportTables.Row)),
            "unmatched" => (ExportTables.UnmatchedColumns, Reconciler.Reconcile(await store.ListReferralsAsync(cancellationToken), await store.LoadSnapshotsAsync(cancellationToken)).Unmatched.Select(ExportTables.Row)),
            _ => (ExportTables.AlertColumns, (await store.ListAlertsAsync(cancellationToken)).Select(ExportTables.Row)),
        };
        await using var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        if (format == "json")
        {
            TableWriter.WriteJson(stream, columns, rows);
            return 0;
        }
        await using var writer = new StreamWriter(stream);
        TableWriter.WriteCsv(writer, columns, rows);
        return 0;
    }
}
