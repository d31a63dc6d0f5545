using System.CommandLine;
using Keepage.Cli.Configuration;
using Keepage.Cli.Export;
using Keepage.Cli.Preview;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage mapping preview --config FILE --source NAME SAMPLE [--records N]</c>: for the first records of a sample
/// export, the canonical referral each becomes (or why it would be quarantined), then the CRM payloads they feed.
/// </summary>
internal static class MappingPreviewCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "The Keepage configuration (YAML).", Required = true };
        var source = new Option<string>("--source") { Description = "The configured source whose profile reads the sample.", Required = true };
        var records = new Option<int>("--records") { Description = "How many records to preview.", DefaultValueFactory = _ => 10 };
        var sample = new Argument<FileInfo>("SAMPLE") { Description = "A sample export file (CSV, HL7 v2 or FHIR)." };
        var command = new Command("preview", "Show what a source's mapping makes of a sample export, and the CRM payloads it feeds.")
        {
            config, source, records, sample,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var path = parse.GetRequiredValue(config).FullName;
                var loaded = KeepageConfigLoader.Load(path);
                var result = await MappingPreview.RunAsync(
                    loaded, path, parse.GetRequiredValue(source), parse.GetRequiredValue(sample).FullName, Math.Max(1, parse.GetValue(records)), ct);
                Print(Console.Out, result, loaded.Crm);
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

    public static void Print(TextWriter output, PreviewResult result, CrmConfig crm)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine($"source '{result.Source}', profile {result.Profile}: the first {result.Records.Count} records");
        foreach (var record in result.Records)
            PrintRecord(output, record);
        var accepted = result.Records.Count(r => r.Referral is not null);
        output.WriteLine();
        output.WriteLine($"{accepted} accepted, {result.Records.Count(r => r.Update is not null)} updates, " +
            $"{result.Records.Count(r => r.RejectionReason is not null)} would be quarantined; " +
            $"the accepted ones feed {result.CrmRecords.Count} KPI records");
        foreach (var crmRecord in result.CrmRecords.Take(3))
        {
            foreach (var (target, request, body) in CrmPayloads.For(crmRecord, crm))
                output.WriteLine($"  {target}: {request} {body}");
        }
        if (crm.Dataverse is null && crm.Salesforce is null)
            output.WriteLine("  (no CRM target is configured, so no payload is shown)");
    }

    private static void PrintRecord(TextWriter output, MappedRecord record)
    {
        if (record.RejectionReason is { } reason)
        {
            output.WriteLine($"record {record.RecordNumber}: quarantined: {reason}");
            return;
        }
        if (record.Update is { } update)
        {
            var target = update.ReferralId is { } id ? $"referral {id}" : "the patient's referral (linked by patient, no order number)";
            var changes = new (string Name, object? Value)[]
            {
                ("status", update.Status?.ToCanonical()), ("scheduled_date", update.ScheduledDate),
                ("appointment_date", update.AppointmentDate), ("completed_date", update.CompletedDate),
            };
            output.WriteLine($"record {record.RecordNumber}: update of {target}: " +
                string.Join(", ", changes.Where(c => c.Value is not null).Select(c => $"{c.Name} {Format(c.Value!)}")));
            return;
        }
        output.WriteLine($"record {record.RecordNumber}: accepted");
        var values = ExportTables.Row(record.Referral!);
        for (var i = 0; i < ExportTables.ReferralColumns.Length; i++)
        {
            if (values[i] is { } value && !(value is string text && text.Length == 0))
                output.WriteLine($"  {ExportTables.ReferralColumns[i]}: {Format(value)}");
        }
    }

    private static string Format(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<string> items => string.Join(", ", items),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
