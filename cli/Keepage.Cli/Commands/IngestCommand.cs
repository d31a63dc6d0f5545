using System.CommandLine;
using System.Text.Json;
using Keepage.Cli.Composition;
using Keepage.Cli.Output;
using Keepage.Connectors.Ehr;
using Keepage.Connectors.Files;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage ingest --state DIR [--profile NAME|FILE] [--format auto|csv|hl7v2|fhir] [--crosswalk FILE]
/// [--source NAME] [--folder DIR] [FILE...] [--json]</c>. Files are detected by content, archives opened within
/// limits, content already ingested skipped; a <c>--folder</c> is a drop folder (processed/ and rejected/).
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Export files to ingest (.zip and .gz are opened).", Arity = ArgumentArity.ZeroOrMore };
        var state = CommonOptions.State(required: true);
        var profile = new Option<string>("--profile")
        {
            Description = "For delimited files: a built-in profile name (canonical, epic-ehi-referral) or a source profile YAML file.",
            DefaultValueFactory = _ => "canonical",
        };
        var format = new Option<string>("--format")
        {
            Description = "auto (detect by content), csv, hl7v2 or fhir.",
            DefaultValueFactory = _ => ExportFormats.Auto,
        };
        format.AcceptOnlyFromAmong([ExportFormats.Auto, .. ExportFormats.Names]);
        var crosswalk = new Option<string?>("--crosswalk") { Description = "Provider crosswalk CSV (provider_id,npi,name,practice_id,practice_name); overrides the profile's." };
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "A drop folder: ingest every file in it, then move each to processed/ or rejected/." };
        var source = new Option<string?>("--source") { Description = "The referral source name stamped on records (default: the profile's)." };
        var patientKey = new Option<string>("--patient-key")
        {
            Description = "Reference to the base64 HMAC key for patient ids (at least 32 bytes).",
            DefaultValueFactory = _ => "env:KEEPAGE_PATIENT_KEY",
        };
        var json = CommonOptions.Json();
        var verbose = CommonOptions.Verbose();
        var command = new Command("ingest", "Ingest export files into the state: accepted, duplicate or quarantined, with a receipt per file.")
        {
            files, state, profile, format, crosswalk, folder, source, patientKey, json, verbose,
        };
        command.SetAction(async (parse, ct) =>
        {
            var pseudonymizer = new PatientPseudonymizer(PatientKey.Resolve(parse.GetRequiredValue(patientKey)));
            var reading = await ExportSources.ReadingAsync(
                parse.GetRequiredValue(profile), parse.GetValue(format), parse.GetValue(crosswalk), pseudonymizer,
                parse.GetValue(source), Directory.GetCurrentDirectory(), ct);
            var paths = (parse.GetValue(files) ?? []).Select(f => f.FullName).ToList();
            var results = await RunAsync(StateDirectory.Open(parse.GetRequiredValue(state)), reading, paths, parse.GetValue(folder)?.FullName,
                new ConsoleRunObserver(ErrorConsole.Create()), parse.GetValue(verbose), ct);
            var receipts = Ingested(results);
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(IngestJson.From(receipts), CliJsonContext.Default.IngestJson));
            return receipts.All(r => r.AddsUp) ? 0 : 1;
        });
        return command;
    }

    /// <summary>Ingests the files, then the folder's files; every file gets an outcome (ingested, skipped or rejected).</summary>
    public static async Task<IReadOnlyList<FileIngestResult>> RunAsync(
        StateDirectory state, ExportReading reading, IReadOnlyList<string> paths, string? folder, IRunObserver observer, bool verbose,
        CancellationToken cancellationToken)
    {
        if (paths.Count == 0 && folder is null)
            throw new ArgumentException("Give export files to ingest, or --folder.", nameof(paths));
        using var host = KeepageHost.Build(state.Database, verbose, _ => { });
        var store = host.Services.GetRequiredService<IKeepageStore>();
        await store.MigrateAsync(cancellationToken);
        var ingestion = new ExportIngestion(store, host.Services.GetRequiredService<IngestExport>(), host.Services.GetRequiredService<TimeProvider>());
        List<FileIngestResult> results = [];
        foreach (var path in paths)
        {
            if (!File.Exists(path))
                throw new FileNotFoundException($"Export file '{path}' does not exist.");
            results.Add(Report(await ingestion.IngestAsync(SourceFile.Local(path), reading, observer.RecordsRead, cancellationToken), observer));
        }
        if (folder is not null)
        {
            foreach (var result in await new SourcePickup(ingestion).RunAsync(new FolderSource(folder), reading, observer.RecordsRead, cancellationToken))
                results.Add(Report(result, observer));
        }
        return results;
    }

    /// <summary>The receipts of content read this time (not of skipped files, whose earlier receipt was already counted).</summary>
    public static IReadOnlyList<ExportReceipt> Ingested(IEnumerable<FileIngestResult> results) =>
        [.. results.SelectMany(result => result.Outcomes).Where(o => o.Disposition != FileDisposition.Skipped).Select(o => o.Receipt).OfType<ExportReceipt>()];

    private static FileIngestResult Report(FileIngestResult result, IRunObserver observer)
    {
        foreach (var outcome in result.Outcomes)
        {
            if (outcome is { Disposition: FileDisposition.Ingested, Receipt: { } receipt })
                observer.FileIngested(receipt);
            else
                observer.StepCompleted(outcome.Name, $"{outcome.Disposition.ToString().ToLowerInvariant()}: {outcome.Reason}");
        }
        return result;
    }
}
