using System.Text;
using Azure.Storage.Blobs;
using Keepage.Connectors.Files;

namespace Keepage.Tests.Files;

public sealed class BlobContainerSourceTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    private static async Task UploadAsync(BlobContainerClient container, string name, string text) =>
        await container.UploadBlobAsync(name, BinaryData.FromString(text), TestContext.Current.CancellationToken);

    private Task<IReadOnlyList<FileIngestResult>> PickUpAsync(BlobContainerClient container, string? prefix = null) =>
        new SourcePickup(_harness.Ingestion).RunAsync(new BlobContainerSource(container, prefix), _harness.Reading, null, TestContext.Current.CancellationToken);

    [Fact]
    public async Task ListsDownloadsAndTagsBlobsAsProcessed()
    {
        var container = await Azurite.NewContainerAsync();
        await UploadAsync(container, "in/a.csv", IngestHarness.Csv(IngestHarness.Rows(1, 3)));
        await UploadAsync(container, "in/b.csv", IngestHarness.Csv(IngestHarness.Rows(4, 1), "R5,bad-date,Dr. X,pending"));
        await UploadAsync(container, "elsewhere/c.csv", IngestHarness.Csv(IngestHarness.Rows(9, 1)));

        var results = await PickUpAsync(container, "in/");

        Assert.Equal(["in/a.csv", "in/b.csv"], results.Select(result => result.File.Name));
        Assert.Equal(4, (await _harness.Store.ListReferralsAsync(TestContext.Current.CancellationToken)).Count);
        var properties = await container.GetBlobClient("in/a.csv").GetPropertiesAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("processed", properties.Value.Metadata[BlobContainerSource.StateKey]);
        Assert.Empty(await PickUpAsync(container, "in/"));
    }

    [Fact]
    public async Task SkipsTheSameContentUploadedTwice()
    {
        var container = await Azurite.NewContainerAsync();
        var text = IngestHarness.Csv(IngestHarness.Rows(1, 2));
        await UploadAsync(container, "day1.csv", text);
        await PickUpAsync(container);
        await UploadAsync(container, "day1-resent.csv", text);

        var outcome = (await PickUpAsync(container)).Single().Outcomes.Single();

        Assert.Equal(FileDisposition.Skipped, outcome.Disposition);
        Assert.Single(await _harness.Store.ListReceiptsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task TagsARejectedBlobWithItsReason()
    {
        var container = await Azurite.NewContainerAsync();
        await container.UploadBlobAsync("junk.bin", BinaryData.FromBytes([0, 1, 2, 3, 0xFF, 0]), TestContext.Current.CancellationToken);

        Assert.True((await PickUpAsync(container)).Single().IsRejected);

        var metadata = (await container.GetBlobClient("junk.bin").GetPropertiesAsync(cancellationToken: TestContext.Current.CancellationToken)).Value.Metadata;
        Assert.Equal("rejected", metadata[BlobContainerSource.StateKey]);
        Assert.StartsWith("unknown format", metadata[BlobContainerSource.ReasonKey], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpensABlobLocationAgainForReplay()
    {
        var container = await Azurite.NewContainerAsync();
        await UploadAsync(container, "r.csv", IngestHarness.Csv(IngestHarness.Rows(1, 1)));
        var sha = (await PickUpAsync(container)).Single().Outcomes.Single().Sha256!;
        var origin = await _harness.Store.FindExportOriginAsync(sha, TestContext.Current.CancellationToken);
        var blobs = new BlobServiceClient(Environment.GetEnvironmentVariable(Azurite.Variable));

        var file = await new ExportLocations(blobs).FindAsync(origin!.Location, TestContext.Current.CancellationToken);

        Assert.NotNull(file);
        await using var stream = await file.OpenAsync(TestContext.Current.CancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Assert.StartsWith(IngestHarness.Header, await reader.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    public void Dispose() => _harness.Dispose();
}
