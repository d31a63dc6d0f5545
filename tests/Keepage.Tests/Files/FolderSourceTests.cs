using Keepage.Connectors.Files;

namespace Keepage.Tests.Files;

public sealed class FolderSourceTests : IDisposable
{
    private readonly IngestHarness _harness = new();

    private Task<IReadOnlyList<FileIngestResult>> PickUpAsync() =>
        new SourcePickup(_harness.Ingestion).RunAsync(new FolderSource(_harness.Drop), _harness.Reading, null, TestContext.Current.CancellationToken);

    [Fact]
    public async Task IngestsEachFileAndMovesItToProcessed()
    {
        _harness.Write("a.csv", IngestHarness.Csv(IngestHarness.Rows(1, 3)));
        _harness.Write("b.csv", IngestHarness.Csv(IngestHarness.Rows(4, 2), "R6,not-a-date,Dr. X,pending"));

        var results = await PickUpAsync();

        Assert.Equal([3, 3], results.Select(result => result.Outcomes.Single().Receipt!.Read));
        Assert.Equal(["a.csv", "b.csv"], Directory.GetFiles(Path.Combine(_harness.Drop, "processed")).Select(Path.GetFileName).Order());
        Assert.Empty(Directory.GetFiles(_harness.Drop));
        Assert.Equal(5, (await _harness.Store.ListReferralsAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task SkipsAFileWhoseContentWasAlreadyIngested()
    {
        var text = IngestHarness.Csv(IngestHarness.Rows(1, 3));
        _harness.Write("monday.csv", text);
        await PickUpAsync();
        _harness.Write("monday-again.csv", text);

        var outcome = (await PickUpAsync()).Single().Outcomes.Single();

        Assert.Equal(FileDisposition.Skipped, outcome.Disposition);
        Assert.StartsWith("already ingested", outcome.Reason, StringComparison.Ordinal);
        Assert.Single(await _harness.Store.ListReceiptsAsync(TestContext.Current.CancellationToken));
        Assert.True(File.Exists(Path.Combine(_harness.Drop, "processed", "monday-again.csv")));
    }

    [Fact]
    public async Task MovesAnUnknownFormatToRejectedWithItsReason()
    {
        _harness.Write("scan.pdf", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xFF]);

        var result = (await PickUpAsync()).Single();

        Assert.True(result.IsRejected);
        var rejected = Path.Combine(_harness.Drop, "rejected", "scan.pdf");
        Assert.True(File.Exists(rejected));
        Assert.StartsWith("unknown format", File.ReadAllText(rejected + ".reason.txt"), StringComparison.Ordinal);
        var quarantined = Assert.Single(await _harness.Store.ListQuarantineAsync(TestContext.Current.CancellationToken));
        Assert.Equal((0, "unknown_format"), (quarantined.RecordNumber, quarantined.Code));
    }

    [Fact]
    public async Task RejectsAnEmptyExport()
    {
        _harness.Write("empty.csv", "\r\n  \r\n");

        var result = (await PickUpAsync()).Single();

        Assert.Equal("the file is empty: no header, message or resource", result.RejectionReason);
        Assert.True(File.Exists(Path.Combine(_harness.Drop, "rejected", "empty.csv")));
        Assert.Equal("empty_file", Assert.Single(await _harness.Store.ListQuarantineAsync(TestContext.Current.CancellationToken)).Code);
    }

    [Fact]
    public async Task KeepsTheSameNameTwiceInProcessedWithASuffix()
    {
        _harness.Write("daily.csv", IngestHarness.Csv(IngestHarness.Rows(1, 1)));
        await PickUpAsync();
        _harness.Write("daily.csv", IngestHarness.Csv(IngestHarness.Rows(2, 1)));

        await PickUpAsync();

        Assert.Equal(["daily.1.csv", "daily.csv"], Directory.GetFiles(Path.Combine(_harness.Drop, "processed")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task RecordsTheProcessedLocationForReplay()
    {
        _harness.Write("a.csv", IngestHarness.Csv(IngestHarness.Rows(1, 1)));

        var sha = (await PickUpAsync()).Single().Outcomes.Single().Sha256!;

        var origin = await _harness.Store.FindExportOriginAsync(sha, TestContext.Current.CancellationToken);
        Assert.Equal(Path.Combine(_harness.Drop, "processed", "a.csv"), origin?.Location);
        Assert.Equal(("csv", "canonical"), (origin?.Format, origin?.Profile));
    }

    [Fact]
    public async Task LeavesFilesStillBeingWrittenAlone()
    {
        _harness.Write("big.csv.part", IngestHarness.Csv(IngestHarness.Rows(1, 1)));
        _harness.Write(".hidden.csv", IngestHarness.Csv(IngestHarness.Rows(1, 1)));

        Assert.Empty(await PickUpAsync());
    }

    public void Dispose() => _harness.Dispose();
}
