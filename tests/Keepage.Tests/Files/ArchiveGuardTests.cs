using System.Text;
using Keepage.Connectors.Files;

namespace Keepage.Tests.Files;

public sealed class ArchiveGuardTests : IDisposable
{
    private readonly IngestHarness _harness = new(new ArchiveLimits { MaxEntries = 20, MaxUncompressedBytes = 64L * 1024 * 1024 });

    private Task<FileIngestResult> IngestAsync(string name, byte[] bytes) =>
        _harness.Ingestion.IngestAsync(SourceFile.Local(_harness.Write(name, bytes)), _harness.Reading, null, TestContext.Current.CancellationToken);

    [Fact]
    public async Task IngestsEachEntryOfAZipAsArchiveBangEntry()
    {
        var zip = ArchiveBuilder.Zip(("jan/referrals.csv", IngestHarness.Csv(IngestHarness.Rows(1, 2))), ("feb.csv", IngestHarness.Csv(IngestHarness.Rows(3, 1))));

        var result = await IngestAsync("export.zip", zip);

        Assert.Equal(["export.zip!jan/referrals.csv", "export.zip!feb.csv"], result.Outcomes.Select(outcome => outcome.Name));
        Assert.All(result.Outcomes, outcome => Assert.Equal(FileDisposition.Ingested, outcome.Disposition));
        Assert.Equal(3, (await _harness.Store.ListReferralsAsync(TestContext.Current.CancellationToken)).Count);
        var origin = await _harness.Store.FindExportOriginAsync(result.Outcomes[0].Sha256!, TestContext.Current.CancellationToken);
        Assert.EndsWith("export.zip!jan/referrals.csv", origin?.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestsAGzippedExport()
    {
        var result = await IngestAsync("referrals.csv.gz", ArchiveBuilder.Gzip(Encoding.UTF8.GetBytes(IngestHarness.Csv(IngestHarness.Rows(1, 4)))));

        var outcome = Assert.Single(result.Outcomes);
        Assert.Equal(("referrals.csv.gz!referrals.csv", 4), (outcome.Name, outcome.Receipt?.Accepted));
    }

    [Fact]
    public async Task StopsAZipBombByItsExpansionRatio()
    {
        var bomb = ArchiveBuilder.Zip([("huge.csv", ArchiveBuilder.Repetitive(40))]);
        Assert.True(bomb.Length < 200_000);

        var result = await IngestAsync("bomb.zip", bomb);

        Assert.Contains("expands more than 100 times", result.RejectionReason, StringComparison.Ordinal);
        Assert.Equal("archive", Assert.Single(await _harness.Store.ListQuarantineAsync(TestContext.Current.CancellationToken)).Code);
        Assert.Empty(await _harness.Store.ListReferralsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StopsAGzipBombByItsExpansionRatio()
    {
        var result = await IngestAsync("bomb.csv.gz", ArchiveBuilder.Gzip(ArchiveBuilder.Repetitive(40)));

        Assert.Contains("expands more than 100 times", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopsAnArchiveThatExpandsPastTheTotalLimit()
    {
        var harness = new IngestHarness(new ArchiveLimits { MaxUncompressedBytes = 100_000, MaxRatio = 1_000_000 });
        using var _ = harness;
        var path = harness.Write("big.csv.gz", ArchiveBuilder.Gzip(ArchiveBuilder.Repetitive(1)));

        var result = await harness.Ingestion.IngestAsync(SourceFile.Local(path), harness.Reading, null, TestContext.Current.CancellationToken);

        Assert.Equal("the archive expands to more than 100000 bytes", result.RejectionReason);
    }

    [Fact]
    public async Task RefusesAZipWithTooManyEntries()
    {
        var zip = ArchiveBuilder.Zip([.. Enumerable.Range(1, 25).Select(i => ($"part{i}.csv", Encoding.UTF8.GetBytes(IngestHarness.Csv(IngestHarness.Rows(i, 1)))))]);

        var result = await IngestAsync("many.zip", zip);

        Assert.Equal("the archive has too many entries (more than 20)", result.RejectionReason);
        Assert.Empty(await _harness.Store.ListReferralsAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("../../etc/cron.d/evil.csv")]
    [InlineData("/etc/passwd")]
    [InlineData("exports\\..\\..\\win.ini")]
    [InlineData("C:/Windows/evil.csv")]
    public async Task RefusesAZipWithAnEntryNameThatLeavesItsFolder(string name)
    {
        var zip = ArchiveBuilder.Zip(("ok.csv", IngestHarness.Csv(IngestHarness.Rows(1, 1))), (name, IngestHarness.Csv(IngestHarness.Rows(2, 1))));

        var result = await IngestAsync("traversal.zip", zip);

        Assert.Equal("the archive has an entry name that leaves its folder (absolute path or '..')", result.RejectionReason);
        Assert.Empty(await _harness.Store.ListReferralsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RejectsACorruptZip()
    {
        var zip = ArchiveBuilder.Zip(("a.csv", IngestHarness.Csv(IngestHarness.Rows(1, 50))));
        zip.AsSpan(zip.Length - 22, 4).Clear();

        var result = await IngestAsync("corrupt.zip", zip);

        Assert.StartsWith("the archive is corrupt", result.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuarantinesANestedArchiveEntryWithoutOpeningIt()
    {
        var inner = ArchiveBuilder.Zip(("a.csv", IngestHarness.Csv(IngestHarness.Rows(1, 1))));
        var outer = ArchiveBuilder.Zip([("inner.zip", inner), ("b.csv", Encoding.UTF8.GetBytes(IngestHarness.Csv(IngestHarness.Rows(2, 1))))]);

        var result = await IngestAsync("outer.zip", outer);

        Assert.Null(result.RejectionReason);
        Assert.Equal([FileDisposition.Rejected, FileDisposition.Ingested], result.Outcomes.Select(outcome => outcome.Disposition));
        Assert.Contains("nested archives are not opened", result.Outcomes[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipsARejectedBombTheSecondTime()
    {
        var bomb = ArchiveBuilder.Gzip(ArchiveBuilder.Repetitive(40));
        await IngestAsync("bomb.csv.gz", bomb);

        var again = await IngestAsync("bomb-copy.csv.gz", bomb);

        Assert.Equal(FileDisposition.Skipped, Assert.Single(again.Outcomes).Disposition);
    }

    public void Dispose() => _harness.Dispose();
}
