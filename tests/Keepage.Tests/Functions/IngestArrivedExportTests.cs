using System.Text;
using Azure.Storage.Blobs;
using Keepage.Core.Flows;
using Keepage.Functions.Ingest;
using Keepage.Tests.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Keepage.Tests.Functions;

/// <summary>The Blob-triggered ingest, handed a <see cref="BlobClient"/> on Azurite as the Functions host would hand one.</summary>
public sealed class IngestArrivedExportTests : IDisposable
{
    private const string Variable = "KEEPAGE_TEST_AZURITE_BLOB";

    private const string Export = """
        referral_id,patient_id,referring_npi,referring_name,referral_date,status
        A-1,PX-48213377,1234567893,Dr. A,2024-04-01,scheduled
        A-2,PX-99120456,1234567893,Dr. A,2024-04-31,pending
        A-3,PX-70031882,1245319599,Dr. C,2024-04-03,completed

        """;

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task IngestsAnExportReadFromBlobStorageOnceOnly()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(connection))
            Assert.Skip($"{Variable} is not set: the Blob-trigger test needs Azurite. ./test.sh starts it (scripts/services/azurite.sh) and sets it.");
        var cancellation = TestContext.Current.CancellationToken;
        // An older service version: the SDK's newest may be ahead of the Azurite release installed.
        var container = new BlobContainerClient(connection, "exports-" + Guid.NewGuid().ToString("N"), new BlobClientOptions(BlobClientOptions.ServiceVersion.V2023_11_03));
        await container.CreateAsync(cancellationToken: cancellation);
        try
        {
            var blob = container.GetBlobClient("clinic-a/export.csv");
            await blob.UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(Export)), cancellation);
            var store = await _database.MigratedStoreAsync();
            var function = new IngestArrivedExport(
                new IngestExport(store, _database.Clock, NullLogger<IngestExport>.Instance),
                new ExportReaders(Options.Create(new IngestOptions { PatientKey = Convert.ToBase64String(new byte[32]) })));

            await function.Run(blob, "clinic-a", "export.csv", cancellation);
            await function.Run(blob, "clinic-a", "export.csv", cancellation);

            var receipts = await store.ListReceiptsAsync(cancellation);
            Assert.Equal([(3, 2, 0, 1), (3, 0, 2, 1)], receipts.Select(r => (r.Read, r.Accepted, r.Duplicates, r.Quarantined)));
            Assert.All(receipts, r => Assert.Equal(("export.csv", "clinic-a"), (r.FileName, r.Source)));
            var referrals = await store.ListReferralsAsync(cancellation);
            Assert.Equal(["A-1", "A-3"], referrals.Select(r => r.ReferralId));
            Assert.All(referrals, r => Assert.Matches("^[0-9a-f]{64}$", r.PatientKey!));
        }
        finally
        {
            await container.DeleteIfExistsAsync(cancellationToken: CancellationToken.None);
        }
    }
}
