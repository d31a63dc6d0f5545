using System.Diagnostics;
using System.Globalization;
using Keepage.Connectors.Ehr;
using Keepage.Connectors.Ehr.Hl7v2.Samples;
using Keepage.Connectors.Files;
using Keepage.Connectors.Store;
using Keepage.Core.Flows;
using Keepage.Core.Privacy;
using Keepage.Mapping;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keepage.Bench;

/// <summary>
/// Generates a canonical CSV and an HL7 v2 file, ingests each into a fresh SQLite state through the real flow (hash,
/// format detection, reader, mapping, store), and prints rows per second and the process's peak working set.
/// </summary>
internal sealed class IngestBenchmark(BenchOptions options, TextWriter output)
{
    private static readonly PatientPseudonymizer Pseudonymizer = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("keepage-bench-");
        try
        {
            output.WriteLine($"Keepage ingest benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite state in {folder.FullName}");
            if (options.Rows > 0)
            {
                var csv = Path.Combine(folder.FullName, "referrals.csv");
                await new CanonicalCsvWriter().WriteAsync(csv, options.Rows, cancellationToken);
                await MeasureAsync("canonical CSV", csv, Path.Combine(folder.FullName, "csv.db"), cancellationToken);
            }
            if (options.Messages > 0)
            {
                var hl7 = Path.Combine(folder.FullName, "messages.hl7");
                await using (var stream = File.Create(hl7))
                    await new Hl7v2SampleWriter(seed: 7).WriteAsync(stream, options.Messages, cancellationToken);
                await MeasureAsync("HL7 v2 messages", hl7, Path.Combine(folder.FullName, "hl7.db"), cancellationToken);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private async Task MeasureAsync(string what, string path, string database, CancellationToken cancellationToken)
    {
        var store = new SqliteKeepageStore(database);
        await store.MigrateAsync(cancellationToken);
        var ingestion = new ExportIngestion(store, new IngestExport(store, TimeProvider.System, NullLogger<IngestExport>.Instance), TimeProvider.System);
        var reading = new ExportReading { Profile = BuiltInProfiles.Canonical, Pseudonymizer = Pseudonymizer };
        var megabytes = new FileInfo(path).Length / 1024.0 / 1024.0;

        var clock = Stopwatch.StartNew();
        var result = await ingestion.IngestAsync(SourceFile.Local(path), reading, null, cancellationToken);
        clock.Stop();

        var receipt = result.Outcomes.Single().Receipt!;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {receipt.Read:N0} records ({megabytes:N0} MB) in {clock.Elapsed.TotalSeconds:N1} s = {receipt.Read / clock.Elapsed.TotalSeconds:N0} records/s; " +
            $"accepted {receipt.Accepted:N0}, quarantined {receipt.Quarantined:N0}; peak working set {peak:N0} MB"));
    }
}
