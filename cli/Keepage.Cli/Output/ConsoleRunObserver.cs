using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Spectre.Console;

namespace Keepage.Cli.Output;

/// <summary>Shows progress on standard error, so standard output stays for the summary and the --json line.</summary>
internal sealed class ConsoleRunObserver(IAnsiConsole console) : IRunObserver
{
    private DateTimeOffset _lastReport = DateTimeOffset.MinValue;

    public void StepStarted(string stepName) => console.MarkupLine($"[grey]>[/] {Markup.Escape(stepName)}...");

    public void RecordsRead(string fileName, int records)
    {
        var now = DateTimeOffset.UtcNow;
        if (now - _lastReport < TimeSpan.FromMilliseconds(500))
            return;
        _lastReport = now;
        console.MarkupLine($"[grey]  {Markup.Escape(fileName)}: {records:N0} records read[/]");
    }

    public void FileIngested(ExportReceipt receipt) => console.MarkupLine(
        $"  {Markup.Escape(receipt.FileName)}: read {receipt.Read:N0} = accepted {receipt.Accepted:N0} + duplicates " +
        $"{receipt.Duplicates:N0} + quarantined {receipt.Quarantined:N0} ({receipt.Flagged:N0} flagged)");

    public void StepCompleted(string stepName, string summary) =>
        console.MarkupLine($"[green]\u2713[/] {Markup.Escape(stepName)}: {Markup.Escape(summary)}");
}
