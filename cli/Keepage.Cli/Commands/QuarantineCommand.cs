using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Azure.Storage.Blobs;
using Keepage.Cli.Composition;
using Keepage.Cli.Configuration;
using Keepage.Connectors.Files;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage quarantine list --state DIR [--json]</c> and <c>keepage quarantine replay --state DIR [--profile
/// NAME|FILE] [--crosswalk FILE]</c>: what was rejected and why (file, record number, reason code, field), and, after a
/// mapping fix, the same records read again from their original files (docs/sources.md).
/// </summary>
internal static class QuarantineCommand
{
    public static Command Create() => new("quarantine", "List quarantined records, or replay them after a mapping fix.")
    {
        ListCommand(),
        ReplayCommand(),
    };

    public static async Task<IReadOnlyList<(QuarantinedRecord Record, ExportOrigin? Origin)>> ListAsync(StateDirectory state, CancellationToken cancellationToken)
    {
        using var host = KeepageHost.Build(state.Database, verbose: false, _ => { });
        var store = host.Services.GetRequiredService<IKeepageStore>();
        await store.MigrateAsync(cancellationToken);
        List<(QuarantinedRecord, ExportOrigin?)> rows = [];
        foreach (var file in (await store.ListQuarantineAsync(cancellationToken)).GroupBy(record => record.FileSha256))
        {
            var origin = await store.FindExportOriginAsync(file.Key, cancellationToken);
            rows.AddRange(file.OrderBy(record => record.RecordNumber).Select(record => (record, origin)));
        }
        return rows;
    }

    /// <param name="state">The state folder.</param>
    /// <param name="profile">The fixed profile (name or YAML file), or null for the one each file was ingested with.</param>
    /// <param name="crosswalk">A provider crosswalk overriding the recorded one, or null.</param>
    /// <param name="patientKey">The HMAC key patient ids were pseudonymised with at ingest.</param>
    /// <param name="blobs">A Blob client for origins in Blob storage, or null.</param>
    /// <param name="cancellationToken">Cancels the replay.</param>
    public static async Task<ReplaySummary> ReplayAsync(
        StateDirectory state, string? profile, string? crosswalk, byte[] patientKey, BlobServiceClient? blobs, CancellationToken cancellationToken)
    {
        using var host = KeepageHost.Build(state.Database, verbose: false, _ => { });
        var store = host.Services.GetRequiredService<IKeepageStore>();
        await store.MigrateAsync(cancellationToken);
        var pseudonymizer = new PatientPseudonymizer(patientKey);
        var baseDirectory = Directory.GetCurrentDirectory();
        var replay = new QuarantineReplay(store, new ExportLocations(blobs));
        return await replay.RunAsync((origin, ct) => ExportSources.ReadingAsync(
            profile ?? origin.Profile ?? "canonical", origin.Format, crosswalk ?? origin.Crosswalk, pseudonymizer, origin.Source, baseDirectory, ct),
            cancellationToken);
    }

    private static Command ListCommand()
    {
        var state = CommonOptions.State(required: true);
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table." };
        var command = new Command("list", "Quarantined records: file, record number, reason code, field and reason.") { state, json };
        command.SetAction(async (parse, ct) =>
        {
            var rows = await ListAsync(StateDirectory.Open(parse.GetRequiredValue(state)), ct);
            if (parse.GetValue(json))
                WriteJson(rows);
            else
                WriteTable(rows);
            return 0;
        });
        return command;
    }

    private static Command ReplayCommand()
    {
        var state = CommonOptions.State(required: true);
        var profile = new Option<string?>("--profile") { Description = "The fixed profile (built-in name or YAML file); default: the one each file was ingested with." };
        var crosswalk = new Option<string?>("--crosswalk") { Description = "Provider crosswalk CSV; default: the one each file was ingested with." };
        var patientKey = new Option<string>("--patient-key")
        {
            Description = "Reference to the base64 HMAC key used at ingest.",
            DefaultValueFactory = _ => "env:KEEPAGE_PATIENT_KEY",
        };
        var blob = new Option<string?>("--blob-connection") { Description = "Reference (env:NAME) to the Blob connection string, for files ingested from Blob storage." };
        var command = new Command("replay", "Re-read quarantined records from their original files with the fixed profile; store those that now map.")
        {
            state, profile, crosswalk, patientKey, blob,
        };
        command.SetAction(async (parse, ct) =>
        {
            var blobs = parse.GetValue(blob) is { } reference ? new BlobServiceClient(SecretReference.Resolve(reference, "--blob-connection")) : null;
            var summary = await ReplayAsync(StateDirectory.Open(parse.GetRequiredValue(state)), parse.GetValue(profile), parse.GetValue(crosswalk),
                PatientKey.Resolve(parse.GetRequiredValue(patientKey)), blobs, ct);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"replay: {summary.Considered} quarantined = {summary.Released} released (inserted {summary.Inserted}, updated {summary.Updated}, " +
                $"duplicates {summary.Duplicates}, deferred {summary.Deferred}) + {summary.StillQuarantined} still quarantined + " +
                $"{summary.FileMissing} whose file is missing or changed + {summary.WholeFile} whole files rejected"));
            return 0;
        });
        return command;
    }

    private static void WriteTable(IReadOnlyList<(QuarantinedRecord Record, ExportOrigin? Origin)> rows)
    {
        Console.Out.WriteLine("file\trecord\tcode\tfield\treason");
        foreach (var (record, _) in rows)
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{record.FileName}\t{record.RecordNumber}\t{record.Code}\t{record.Field ?? "-"}\t{record.Reason}"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} quarantined records in {rows.Select(row => row.Record.FileSha256).Distinct().Count()} files"));
    }

    private static void WriteJson(IReadOnlyList<(QuarantinedRecord Record, ExportOrigin? Origin)> rows)
    {
        using var output = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartArray();
            foreach (var (record, origin) in rows)
            {
                json.WriteStartObject();
                json.WriteString("file", record.FileName);
                json.WriteString("sha256", record.FileSha256);
                json.WriteString("source", record.Source);
                json.WriteNumber("record", record.RecordNumber);
                json.WriteString("code", record.Code);
                json.WriteString("field", record.Field);
                json.WriteString("reason", record.Reason);
                json.WriteString("location", origin?.Location);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.WriteByte((byte)'\n');
    }
}
