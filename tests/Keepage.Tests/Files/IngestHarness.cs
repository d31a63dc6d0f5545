using System.Text;
using Keepage.Connectors.Ehr;
using Keepage.Connectors.Files;
using Keepage.Connectors.Store;
using Keepage.Core.Flows;
using Keepage.Core.Privacy;
using Keepage.Mapping;
using Keepage.Tests.Flows;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Files;

/// <summary>A real SQLite store and the real ingest flow in a temporary folder, with a drop folder beside it.</summary>
internal sealed class IngestHarness : IDisposable
{
    public const string Header = "referral_id,referral_date,referring_name,status";
    private readonly TempState _state = new();

    public IngestHarness(ArchiveLimits? limits = null)
    {
        Store = new SqliteKeepageStore(_state.File("keepage.db"));
        Store.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        Ingestion = new ExportIngestion(Store, new IngestExport(Store, Clock, NullLogger<IngestExport>.Instance), Clock, limits);
        Drop = Directory.CreateDirectory(_state.File("drop")).FullName;
    }

    public static PatientPseudonymizer Pseudonymizer { get; } = new([.. Enumerable.Repeat((byte)7, 32)]);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public SqliteKeepageStore Store { get; }

    public ExportIngestion Ingestion { get; }

    public string Drop { get; }

    public ExportReading Reading { get; init; } = new() { Profile = BuiltInProfiles.Canonical, Pseudonymizer = Pseudonymizer };

    public static string Csv(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";

    public static string Rows(int first, int count, string status = "pending") =>
        string.Join("\r\n", Enumerable.Range(first, count).Select(i => $"R{i},2026-01-02,Dr. {i},{status}"));

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Drop, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => _state.Dispose();
}
