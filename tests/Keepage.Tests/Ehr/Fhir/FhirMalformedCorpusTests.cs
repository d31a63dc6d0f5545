using Keepage.Connectors.Ehr.Fhir;
using Keepage.Core.Ingest;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>
/// Every malformed input goes through the real ingest flow into a real SQLite store: no exception, no hang, every input
/// quarantined with a reason that never repeats a value, and the receipt adds up.
/// </summary>
public sealed class FhirMalformedCorpusTests
{
    private static readonly TimeSpan PerInputTimeout = TimeSpan.FromSeconds(10);

    private static readonly FhirReaderOptions CorpusOptions = new()
    {
        Limits = new FhirReadLimits
        {
            MaxLineBytes = FhirMalformedShapes.MaxLineBytes,
            MaxDocumentBytes = FhirMalformedShapes.MaxDocumentBytes,
            MaxBundleEntries = FhirMalformedShapes.MaxBundleEntries,
        },
    };

    public static IReadOnlyList<string> Kinds => FhirMalformedCorpus.Kinds;

    public static TheoryData<string> KindData => [.. Kinds];

    [Fact]
    public void CorpusHasAtLeast170InputsOfAtLeast5Kinds()
    {
        var inputs = Kinds.SelectMany(FhirMalformedCorpus.Of).ToList();

        Assert.True(inputs.Count >= 170, $"{inputs.Count} inputs");
        Assert.True(Kinds.Count >= 5, $"{Kinds.Count} kinds");
        Assert.Equal(inputs.Count, inputs.Select(input => Convert.ToHexString(input.Bytes)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(KindData))]
    public async Task QuarantinesEveryInputOfTheKindWithAReason(string kind)
    {
        using var ingest = new FhirIngest(CorpusOptions);
        var quarantined = 0;
        foreach (var input in FhirMalformedCorpus.Of(kind))
        {
            var receipt = await IngestWithinTimeoutAsync(ingest, input);

            Assert.True(receipt.AddsUp, $"{input}: counts do not add up");
            Assert.True(receipt.Quarantined >= 1, $"{input}: nothing quarantined (read {receipt.Read}, accepted {receipt.Accepted})");
            quarantined += receipt.Quarantined;
        }
        var reasons = (await ingest.QuarantineAsync()).Select(record => record.Reason).ToList();
        Assert.Equal(quarantined, reasons.Count);
        Assert.All(reasons, reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
        Assert.All(reasons, reason => Assert.DoesNotContain(FhirMalformedCorpus.Canary, reason, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<ExportReceipt> IngestWithinTimeoutAsync(FhirIngest ingest, MalformedInput input)
    {
        try
        {
            return await ingest.IngestAsync($"{input.Kind}-{input.Index}.fhir", input.Bytes).WaitAsync(PerInputTimeout, TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{input}: no result within {PerInputTimeout.TotalSeconds} s");
            throw;
        }
    }
}
