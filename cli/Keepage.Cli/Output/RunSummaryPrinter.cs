using System.Text.Json;
using Keepage.Core.Flows;
using Spectre.Console;

namespace Keepage.Cli.Output;

/// <summary>Prints a run's summary: a readable table, then (with --json) one JSON object on the last line.</summary>
internal static class RunSummaryPrinter
{
    public static void Print(RunSummary summary, bool json)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Step").AddColumn("Result");
        table.AddRow("Exports", $"{summary.Files} files, {summary.Read:N0} records read");
        table.AddRow("Ingest", $"{summary.Accepted:N0} accepted, {summary.Duplicates:N0} duplicates, {summary.Quarantined:N0} quarantined, {summary.Flagged:N0} flagged");
        var rec = summary.Reconciliation;
        table.AddRow("Reconcile", $"{rec.MatchedProviders} of {rec.ReferringProviders} referring providers matched to CRM contacts; " +
            $"{rec.MatchedPractices} of {rec.ReferringPractices} practices; {rec.LinkedOutreachActivities} outreach activities linked");
        table.AddRow("Analysis", $"as of {summary.AsOf:yyyy-MM-dd}: {summary.KpiRecords:N0} KPI records, {summary.Alerts:N0} alerts");
        if (summary.Plan is { } plan)
        {
            foreach (var planned in plan.Tables)
                table.AddRow($"Dry run: {Markup.Escape(planned.Target)} {Markup.Escape(planned.Table)}",
                    $"would create {planned.Create:N0}, update {planned.Update:N0}, leave {planned.Unchanged:N0} unchanged (nothing sent)");
        }
        else
        {
            foreach (var publish in summary.Publish)
                table.AddRow($"CRM {Markup.Escape(publish.Target)}", $"{publish.Created:N0} created, {publish.Updated:N0} updated, {publish.Unchanged:N0} unchanged, {publish.Failed:N0} failed");
        }
        console.Write(table);
        if (rec.Unmatched.Count > 0)
            console.MarkupLine($"[yellow]{rec.Unmatched.Count} referring providers have no CRM contact with their NPI[/] (top: " +
                Markup.Escape(string.Join(", ", rec.Unmatched.Take(3).Select(u => $"{u.Npi} ({u.Referrals})"))) + ")");
        if (json)
            Console.Out.WriteLine(JsonSerializer.Serialize(RunJson.From(summary), CliJsonContext.Default.RunJson));
    }
}
