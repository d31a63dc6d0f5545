using System.Text;
using Keepage.Connectors.Ehr.Fhir;
using Keepage.Connectors.Store;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;
using Keepage.Tests.Flows;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>
/// The real ingest flow into a real SQLite file, with one FHIR reader kept across files as a source would keep it.
/// </summary>
internal sealed class FhirIngest : IDisposable
{
    public const string Source = "hospital-fhir";

    private readonly TempState _state = new();
    private readonly IngestExport _ingest;

    public FhirIngest(FhirReaderOptions? options = null)
    {
        Store = new SqliteKeepageStore(_state.File("keepage.db"));
        _ingest = new IngestExport(Store, new FakeTimeProvider(), NullLogger<IngestExport>.Instance);
        Reader = new FhirExportReader(Pseudonymizer, Source, options);
    }

    public static PatientPseudonymizer Pseudonymizer { get; } = new([.. Enumerable.Repeat((byte)11, 32)]);

    public SqliteKeepageStore Store { get; }

    public FhirExportReader Reader { get; }

    public string DatabasePath => _state.File("keepage.db");

    public Task<ExportReceipt> IngestAsync(string name, string text) => IngestAsync(name, Encoding.UTF8.GetBytes(text));

    public async Task<ExportReceipt> IngestAsync(string name, byte[] bytes)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await Store.MigrateAsync(cancellationToken);
        var file = new ExportFile(name, Source, _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)));
        return await _ingest.RunAsync(file, Reader, null, cancellationToken);
    }

    public async Task<Referral> ReferralAsync(string referralId) =>
        Assert.Single(await Store.ListReferralsAsync(TestContext.Current.CancellationToken), referral => referral.ReferralId == referralId);

    public Task<IReadOnlyList<QuarantinedRecord>> QuarantineAsync() => Store.ListQuarantineAsync(TestContext.Current.CancellationToken);

    /// <summary>Everything in the database and its write-ahead log, as text, read while SQLite may hold the files.</summary>
    public string StoredText()
    {
        var bytes = new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists).SelectMany(ReadShared).ToArray();
        return Encoding.Latin1.GetString(bytes);
    }

    public void Dispose() => _state.Dispose();

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
