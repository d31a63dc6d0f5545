using System.CommandLine;
using System.Text.Json;
using Keepage.Cli.Composition;
using Keepage.Cli.Output;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Cli.Commands;

/// <summary><c>keepage ingest --state DIR [--profile NAME|FILE] [--source NAME] FILE... [--json]</c>.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Export files to ingest.", Arity = ArgumentArity.OneOrMore };
        var state = CommonOptions.State(required: true);
        var profile = new Option<string>("--profile")
        {
            Description = "A built-in profile name (canonical) or a source profile YAML file.",
            DefaultValueFactory = _ => "canonical",
        };
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
            files, state, profile, source, patientKey, json, verbose,
        };
        command.SetAction(async (parse, ct) =>
        {
            var key = PatientKey.Resolve(parse.GetRequiredValue(patientKey));
            var receipts = await RunAsync(
                StateDirectory.Open(parse.GetRequiredValue(state)),
                ExportSources.ResolveProfile(parse.GetRequiredValue(profile), Directory.GetCurrentDirectory()),
                parse.GetValue(source), [.. parse.GetRequiredValue(files).Select(f => f.FullName)], key,
                new ConsoleRunObserver(ErrorConsole.Create()), parse.GetValue(verbose), ct);
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(IngestJson.From(receipts), CliJsonContext.Default.IngestJson));
            return receipts.All(r => r.AddsUp) ? 0 : 1;
        });
        return command;
    }

    public static async Task<IReadOnlyList<ExportReceipt>> RunAsync(
        StateDirectory state, Mapping.SourceProfile profile, string? source, IReadOnlyList<string> paths, byte[] patientKey,
        IRunObserver observer, bool verbose, CancellationToken cancellationToken)
    {
        using var host = KeepageHost.Build(state.Database, verbose, _ => { });
        await host.Services.GetRequiredService<IKeepageStore>().MigrateAsync(cancellationToken);
        var ingest = host.Services.GetRequiredService<IngestExport>();
        var pseudonymizer = new PatientPseudonymizer(patientKey);
        var receipts = new List<ExportReceipt>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
                throw new FileNotFoundException($"Export file '{path}' does not exist.");
            var export = ExportSources.ForFile(path, profile, pseudonymizer, source);
            var receipt = await ingest.RunAsync(export.File, export.Reader, new Progress<int>(n => observer.RecordsRead(export.File.Name, n)), cancellationToken);
            observer.FileIngested(receipt);
            receipts.Add(receipt);
        }
        return receipts;
    }
}
