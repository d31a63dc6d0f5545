using System.Security.Cryptography;
using Keepage.Core.Ingest;
using Keepage.Core.Store;
using Microsoft.Extensions.Logging;

namespace Keepage.Core.Flows;

/// <summary>
/// Flow 1: one export file -> canonical referrals (and updates to them) in the store, rejected records in quarantine,
/// and a receipt whose counts add up. Idempotent: the same file again inserts nothing and quarantines nothing new.
/// </summary>
public sealed class IngestExport(IReferralStore store, TimeProvider clock, ILogger<IngestExport> logger)
{
    private const int ChunkSize = 500;

    public async Task<ExportReceipt> RunAsync(
        ExportFile file, IExportReader reader, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var sha256 = await HashAsync(file, cancellationToken);
        var tally = new IngestTally();
        var pending = new List<MappedRecord>(ChunkSize);

        await using (var content = await file.OpenAsync(cancellationToken))
        {
            await foreach (var record in reader.ReadAsync(content, cancellationToken))
            {
                tally.Read++;
                pending.Add(record);
                if (pending.Count == ChunkSize)
                {
                    await SaveAsync(file, sha256, pending, tally, cancellationToken);
                    progress?.Report(tally.Read);
                }
            }
        }

        await SaveAsync(file, sha256, pending, tally, cancellationToken);
        progress?.Report(tally.Read);

        var receipt = tally.ToReceipt(file, sha256, clock.GetUtcNow());
        await store.SaveReceiptAsync(receipt, cancellationToken);
        logger.LogInformation(
            "Ingested {File} ({Sha}): read {Read}, accepted {Accepted}, duplicates {Duplicates}, quarantined {Quarantined}",
            file.Name, sha256[..12], receipt.Read, receipt.Accepted, receipt.Duplicates, receipt.Quarantined);
        return receipt;
    }

    // Runs of referrals and of updates are saved in file order, so an update follows the referral it changes.
    private async Task SaveAsync(
        ExportFile file, string sha256, List<MappedRecord> pending, IngestTally tally, CancellationToken cancellationToken)
    {
        var rejected = pending.Where(r => r.Referral is null && r.Update is null)
            .Select(r => new QuarantinedRecord(sha256, file.Name, file.Source, r.RecordNumber, r.RejectionReason ?? "rejected by the source profile"))
            .ToList();
        if (rejected.Count > 0)
            await store.QuarantineAsync(rejected, cancellationToken);
        tally.Quarantined += rejected.Count;

        var kept = pending.Where(r => r.Referral is not null || r.Update is not null).ToList();
        for (var start = 0; start < kept.Count;)
        {
            var isUpdate = kept[start].Update is not null;
            var run = kept.Skip(start).TakeWhile(r => (r.Update is not null) == isUpdate).ToList();
            var outcomes = isUpdate
                ? await store.ApplyUpdatesAsync([.. run.Select(r => r.Update!)], cancellationToken)
                : await store.UpsertReferralsAsync([.. run.Select(r => r.Referral!)], cancellationToken);
            tally.Count(run, outcomes);
            // An update that matched several of a patient's referrals changed nothing: it waits in quarantine.
            var ambiguous = run.Where((_, i) => outcomes[i] == UpsertOutcome.Ambiguous)
                .Select(r => new QuarantinedRecord(sha256, file.Name, file.Source, r.RecordNumber, RejectionReasons.AmbiguousPatientLink))
                .ToList();
            if (ambiguous.Count > 0)
                await store.QuarantineAsync(ambiguous, cancellationToken);
            start += run.Count;
        }
        pending.Clear();
    }

    private static async Task<string> HashAsync(ExportFile file, CancellationToken cancellationToken)
    {
        await using var content = await file.OpenAsync(cancellationToken);
        var hash = await SHA256.HashDataAsync(content, cancellationToken);
        return Convert.ToHexStringLower(hash);
    }

    private sealed class IngestTally
    {
        public int Read { get; set; }
        public int Accepted { get; private set; }
        public int Duplicates { get; private set; }
        public int Quarantined { get; set; }
        public int Flagged { get; private set; }

        public void Count(IReadOnlyList<MappedRecord> run, IReadOnlyList<UpsertOutcome> outcomes)
        {
            for (var i = 0; i < outcomes.Count; i++)
            {
                if (outcomes[i] == UpsertOutcome.Duplicate)
                {
                    Duplicates++;
                    continue;
                }
                if (outcomes[i] == UpsertOutcome.Ambiguous)
                {
                    Quarantined++;
                    continue;
                }
                Accepted++;
                if (run[i].Referral is { Flags.Count: > 0 })
                    Flagged++;
            }
        }

        public ExportReceipt ToReceipt(ExportFile file, string sha256, DateTimeOffset at) =>
            new(file.Name, sha256, file.Source, Read, Accepted, Duplicates, Quarantined, Flagged, at);
    }
}
