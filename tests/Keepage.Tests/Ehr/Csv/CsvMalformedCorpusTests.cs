using Keepage.Connectors.Ehr;
using Keepage.Connectors.Files;
using Keepage.Tests.Files;

namespace Keepage.Tests.Ehr.Csv;

public sealed class CsvMalformedCorpusTests : IDisposable
{
    private const int PerKind = 12;
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(20);
    private readonly IngestHarness _harness = new(new ArchiveLimits { RatioFloorBytes = 256 * 1024 });

    /// <summary>The kinds of malformed input generated (for counting kinds across formats).</summary>
    public static IReadOnlyList<string> Kinds => CsvMalformedCorpus.Kinds;

    [Fact]
    public async Task QuarantinesEveryMalformedInputWithAReasonWithoutCrashingOrHanging()
    {
        var inputs = CsvMalformedCorpus.Generate(seed: 20260105, PerKind).ToList();
        Assert.True(inputs.Count >= 170 && Kinds.Count >= 5);
        var reading = _harness.Reading with { Format = ExportFormat.Csv };

        foreach (var input in inputs)
        {
            var path = _harness.Write(input.Name, input.Bytes);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(PerInput);
            var result = await _harness.Ingestion.IngestAsync(SourceFile.Local(path), reading, null, timeout.Token).WaitAsync(PerInput, TestContext.Current.CancellationToken);

            var outcomes = result.Outcomes;
            Assert.All(outcomes, outcome => Assert.True(outcome.Receipt is { AddsUp: true }, $"{input.Name}: the receipt does not add up"));
            Assert.True(outcomes.Sum(outcome => outcome.Receipt!.Quarantined) > 0, $"{input.Name} ({input.Kind}): nothing was quarantined");
            File.Delete(path);
        }

        var quarantine = await _harness.Store.ListQuarantineAsync(TestContext.Current.CancellationToken);
        Assert.All(quarantine, record => Assert.False(string.IsNullOrWhiteSpace(record.Reason)));
        Assert.Equal(inputs.Count, quarantine.Select(record => record.FileSha256).Distinct().Count());
        var receipts = await _harness.Store.ListReceiptsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(receipts.Sum(receipt => receipt.Quarantined), quarantine.Count);
    }

    public void Dispose() => _harness.Dispose();
}
