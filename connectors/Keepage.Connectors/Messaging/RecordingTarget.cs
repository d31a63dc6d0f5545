using Keepage.Core.Crm;

namespace Keepage.Connectors.Messaging;

/// <summary>Passes upserts to a CRM target and keeps their results, so a work item can be settled on what happened.</summary>
internal sealed class RecordingTarget(ICrmTarget inner) : ICrmTarget
{
    private readonly List<CrmWriteResult> _results = [];

    public string Name => inner.Name;

    public Task<CrmSnapshot> ReadAsync(CancellationToken cancellationToken) => inner.ReadAsync(cancellationToken);

    public async Task<IReadOnlyList<CrmWriteResult>> UpsertAsync(IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken)
    {
        var results = await inner.UpsertAsync(records, cancellationToken);
        _results.AddRange(results);
        return results;
    }

    public PublishOutcome Outcome(int records)
    {
        var failures = _results.Where(r => r.Outcome is CrmWriteOutcome.RetryableFailure or CrmWriteOutcome.PermanentFailure).ToList();
        return new PublishOutcome(
            true,
            records,
            _results.Count(r => r.Outcome is CrmWriteOutcome.Created or CrmWriteOutcome.Updated),
            failures.Count(r => r.Outcome == CrmWriteOutcome.RetryableFailure),
            failures.Count(r => r.Outcome == CrmWriteOutcome.PermanentFailure),
            failures.Count(r => r.Outcome == CrmWriteOutcome.RetryableFailure && r.Error?.StartsWith("429 ", StringComparison.Ordinal) == true),
            failures.Select(r => StatusAndCode(r.Error)).FirstOrDefault());
    }

    // Connectors write errors as "<status> <code>: <message>" (see Dataverse's WriteOutcomes); the message may quote
    // record values, so it is dropped.
    private static string StatusAndCode(string? error) =>
        error is null ? "no error text" : error.Split(':', 2)[0].Trim();
}
