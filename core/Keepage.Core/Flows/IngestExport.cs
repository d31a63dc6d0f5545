using System.Security.Cryptography;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Core.Store;
using Microsoft.Extensions.Logging;

namespace Keepage.Core.Flows;

/// <summary>
/// Flow 1: one export file -> canonical referrals in the store, rejected records in quarantine, and a receipt whose
/// counts add up. Idempotent: the same file again inserts nothing and quarantines nothing new.
/// </summary>
public sealed class IngestExport(IReferralStore store, TimeProvider clock, ILogger<IngestExport> logger)
{
    private const int ChunkSize = 500;

    public async Task<ExportReceipt> RunAsync(
        ExportFile file, IExportReader reader, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var sha256 = await HashAsync(file, cancellationToken);
        var tally = new IngestTally();
        var chunk = new List<Referral>(ChunkSize);
        var rejected = new List<QuarantinedRecord>();

        await using (var content = await file.OpenAsync(cancellationToken))
        {
            await foreach (var record in reader.ReadAsync(content, cancellationToken))
            {
                tally.Read++;
                if (record.Referral is { } referral)
                    chunk.Add(referral);
                else
                    rejected.Add(new QuarantinedRecord(sha256, file.Name, file.Source, record.RecordNumber,
                        record.RejectionReason ?? "rejected by the source profile"));

                if (chunk.Count + rejected.Count >= ChunkSize)
                {
                    await SaveAsync(chunk, rejected, tally, cancellationToken);
                    progress?.Report(tally.Read);
                }
            }
        }

        await SaveAsync(chunk, rejected, tally, cancellationToken);
        progress?.Report(tally.Read);

        var receipt = tally.ToReceipt(file, sha256, clock.GetUtcNow());
        await store.SaveReceiptAsync(receipt, cancellationToken);
        logger.LogInformation(
            "Ingested {File} ({Sha}): read {Read}, accepted {Accepted}, duplicates {Duplicates}, quarantined {Quarantined}",
            file.Name, sha256[..12], receipt.Read, receipt.Accepted, receipt.Duplicates, receipt.Quarantined);
        return receipt;
    }

    private async Task SaveAsync(
        List<Referral> chunk, List<QuarantinedRecord> rejected, IngestTally tally, CancellationToken cancellationToken)
    {
        if (rejected.Count > 0)
        {
            await store.QuarantineAsync(rejected, cancellationToken);
            tally.Quarantined += rejected.Count;
            rejected.Clear();
        }
        if (chunk.Count == 0)
            return;
        var outcomes = await store.UpsertReferralsAsync(chunk, cancellationToken);
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (outcomes[i] == UpsertOutcome.Duplicate)
            {
                tally.Duplicates++;
                continue;
            }
            tally.Accepted++;
            if (chunk[i].Flags.Count > 0)
                tally.Flagged++;
        }
        chunk.Clear();
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
        public int Accepted { get; set; }
        public int Duplicates { get; set; }
        public int Quarantined { get; set; }
        public int Flagged { get; set; }

        public ExportReceipt ToReceipt(ExportFile file, string sha256, DateTimeOffset at) =>
            new(file.Name, sha256, file.Source, Read, Accepted, Duplicates, Quarantined, Flagged, at);
    }
}
