using System.Text;
using Keepage.Connectors.Ehr.Hl7v2;
using Keepage.Connectors.Store;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;
using Keepage.Tests.Flows;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>HL7 v2 files through the real ingest flow into a real SQLite file, as production runs them.</summary>
internal sealed class Hl7v2Ingest : IDisposable
{
    public const string Source = "hospital-hl7";

    private readonly TempState _state = new();
    private readonly IngestExport _ingest;
    private bool _migrated;

    public Hl7v2Ingest(Hl7v2ReaderOptions? options = null)
    {
        Store = new SqliteKeepageStore(_state.File("keepage.db"));
        _ingest = new IngestExport(Store, new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), NullLogger<IngestExport>.Instance);
        Reader = new Hl7v2ExportReader(Pseudonymizer, Source, options);
    }

    public static PatientPseudonymizer Pseudonymizer { get; } = new([.. Enumerable.Repeat((byte)42, 32)]);

    public SqliteKeepageStore Store { get; }

    public Hl7v2ExportReader Reader { get; }

    public string StatePath => _state.Path;

    public Task<ExportReceipt> IngestAsync(string name, string text) => IngestAsync(name, Encoding.UTF8.GetBytes(text));

    public Task<ExportReceipt> IngestAsync(string name, byte[] bytes) => IngestWithinAsync(name, bytes, TestContext.Current.CancellationToken);

    public async Task<ExportReceipt> IngestWithinAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        if (!_migrated)
            await Store.MigrateAsync(cancellationToken);
        _migrated = true;
        var file = new ExportFile(name, Source, _ => Task.FromResult<Stream>(new MemoryStream(bytes, writable: false)));
        return await _ingest.RunAsync(file, Reader, null, cancellationToken);
    }

    public async Task<Referral> ReferralAsync(string referralId) =>
        Assert.Single(await Store.ListReferralsAsync(TestContext.Current.CancellationToken), r => r.ReferralId == referralId);

    public async Task<IReadOnlyList<QuarantinedRecord>> QuarantineAsync(string sha256) =>
        [.. (await Store.ListQuarantineAsync(TestContext.Current.CancellationToken)).Where(q => q.FileSha256 == sha256)];

    public void Dispose() => _state.Dispose();
}
