using Keepage.Core.Ingest;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>
/// Every generated malformed file goes through the real ingest flow into SQLite within a time limit: no exception,
/// counts that add up, at least one record quarantined, every reason non-empty and free of the canary PHI.
/// </summary>
public sealed class Hl7v2MalformedCorpusTests : IDisposable
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    private readonly Hl7v2Ingest _ingest = new();

    public static IReadOnlyList<string> Kinds => Hl7v2MalformedCorpus.Kinds;

    [Fact]
    public void CorpusIsLargeAndVariedEnough()
    {
        var inputs = Hl7v2MalformedCorpus.Generate();

        Assert.InRange(inputs.Count, 170, int.MaxValue);
        Assert.InRange(Kinds.Count, 5, int.MaxValue);
        Assert.Equal(Kinds.Order(StringComparer.Ordinal), inputs.Select(input => input.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(inputs.Count, inputs.Select(input => input.Name).Distinct().Count());
    }

    [Fact]
    public async Task QuarantinesEveryMalformedInputWithAReasonAndNeverCrashesOrHangs()
    {
        var failures = new List<string>();
        foreach (var input in Hl7v2MalformedCorpus.Generate())
        {
            var problem = await CheckAsync(input);
            if (problem is not null)
                failures.Add($"{input.Name}: {problem}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<string?> CheckAsync(MalformedInput input)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(PerInput);
        ExportReceipt receipt;
        try
        {
            receipt = await _ingest.IngestWithinAsync(input.Name.Replace('/', '_') + ".hl7", input.Bytes, timeout.Token).WaitAsync(PerInput, TestContext.Current.CancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return $"{exception.GetType().Name}: {exception.Message}";
        }
        var quarantined = await _ingest.QuarantineAsync(receipt.Sha256);
        return !receipt.AddsUp ? "the receipt does not add up"
            : receipt.Quarantined == 0 ? $"nothing quarantined (read {receipt.Read}, accepted {receipt.Accepted})"
            : quarantined.Count != receipt.Quarantined ? $"{receipt.Quarantined} quarantined but {quarantined.Count} stored"
            : quarantined.FirstOrDefault(q => string.IsNullOrWhiteSpace(q.Reason)) is { } empty ? $"record {empty.RecordNumber} has no reason"
            : quarantined.FirstOrDefault(q => q.Reason.Contains("CANARY", StringComparison.OrdinalIgnoreCase)) is { } leak ? $"record {leak.RecordNumber} leaks a value: {leak.Reason}"
            : null;
    }

    public void Dispose() => _ingest.Dispose();
}
