using System.Text;
using Keepage.Connectors.Store;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Tests.Flows;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Ehr;

/// <summary>
/// Exports through the real ingest flow into a real SQLite file, with one reader kept across files as a source keeps
/// it. <see cref="Fhir.FhirIngest"/> and <see cref="Hl7v2.Hl7v2Ingest"/> give it their format's reader.
/// </summary>
internal class ReaderIngest : IDisposable
{
    private readonly TempState _state = new();
    private readonly IngestExport _ingest;
    private readonly string _source;
    private readonly IExportReader _reader;
    private bool _migrated;

    protected ReaderIngest(string source, IExportReader reader)
    {
        (_source, _reader) = (source, reader);
        Store = new SqliteKeepageStore(DatabasePath);
        _ingest = new IngestExport(Store, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), NullLogger<IngestExport>.Instance);
    }

    public SqliteKeepageStore Store { get; }

    public string StatePath => _state.Path;

    public string DatabasePath => _state.File("keepage.db");

    public Task<ExportReceipt> IngestAsync(string name, string text) => IngestAsync(name, Encoding.UTF8.GetBytes(text));

    public Task<ExportReceipt> IngestAsync(string name, byte[] bytes) => IngestWithinAsync(name, bytes, TestContext.Current.CancellationToken);

    public async Task<ExportReceipt> IngestWithinAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        if (!_migrated)
            await Store.MigrateAsync(cancellationToken);
        _migrated = true;
        var file = new ExportFile(name, _source, _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)));
        return await _ingest.RunAsync(file, _reader, null, cancellationToken);
    }

    public async Task<Referral> ReferralAsync(string referralId) =>
        Assert.Single(await Store.ListReferralsAsync(TestContext.Current.CancellationToken), r => r.ReferralId == referralId);

    public Task<IReadOnlyList<QuarantinedRecord>> QuarantineAsync() => Store.ListQuarantineAsync(TestContext.Current.CancellationToken);

    public async Task<IReadOnlyList<QuarantinedRecord>> QuarantineAsync(string sha256) =>
        [.. (await QuarantineAsync()).Where(q => q.FileSha256 == sha256)];

    /// <summary>Everything in the database and its write-ahead log, as text, read while SQLite may hold the files.</summary>
    public string StoredText()
    {
        var bytes = new[] { DatabasePath, DatabasePath + "-wal" }.Where(File.Exists).SelectMany(ReadShared).ToArray();
        return Encoding.Latin1.GetString(bytes);
    }

    public void Dispose()
    {
        _state.Dispose();
        GC.SuppressFinalize(this);
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
