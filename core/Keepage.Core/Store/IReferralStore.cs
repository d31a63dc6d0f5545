using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Core.Store;

/// <summary>Referrals, per-file receipts and quarantine.</summary>
public interface IReferralStore
{
    /// <summary>
    /// Upserts by (source, referral id). A record identical to the stored one is a <see cref="UpsertOutcome.Duplicate"/>
    /// and changes nothing. Returns one outcome per referral, in order.
    /// </summary>
    Task<IReadOnlyList<UpsertOutcome>> UpsertReferralsAsync(IReadOnlyList<Referral> referrals, CancellationToken cancellationToken);

    /// <summary>Keeps each rejected record once per (file hash, record number): quarantining it again changes nothing.</summary>
    Task QuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken);

    Task SaveReceiptAsync(ExportReceipt receipt, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExportReceipt>> ListReceiptsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Referral>> ListReferralsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<QuarantinedRecord>> ListQuarantineAsync(CancellationToken cancellationToken);
}
