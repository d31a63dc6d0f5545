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

    /// <summary>
    /// Applies status/date updates to held referrals (<see cref="UpsertOutcome.Updated"/>, or
    /// <see cref="UpsertOutcome.Duplicate"/> when nothing changes). An update for a referral not yet held is kept and
    /// applied when <see cref="UpsertReferralsAsync"/> first inserts it (<see cref="UpsertOutcome.Deferred"/>).
    /// </summary>
    Task<IReadOnlyList<UpsertOutcome>> ApplyUpdatesAsync(IReadOnlyList<ReferralUpdate> updates, CancellationToken cancellationToken);

    /// <summary>Keeps each rejected record once per (file hash, record number): quarantining it again changes nothing.</summary>
    Task QuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken);

    Task SaveReceiptAsync(ExportReceipt receipt, CancellationToken cancellationToken);

    Task<IReadOnlyList<ExportReceipt>> ListReceiptsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Referral>> ListReferralsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<QuarantinedRecord>> ListQuarantineAsync(CancellationToken cancellationToken);

    /// <summary>The latest receipt for a file with this content hash, or null when no such content was ingested.</summary>
    Task<ExportReceipt?> FindReceiptAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Removes quarantined records by (file hash, record number), after a replay mapped them; unknown ones are ignored.</summary>
    Task ReleaseFromQuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken);

    /// <summary>Remembers where the file with this content hash can be read again and how; saving the same hash replaces it.</summary>
    Task SaveExportOriginAsync(ExportOrigin origin, CancellationToken cancellationToken);

    /// <summary>Where the file with this content hash was read from, or null when it was never recorded.</summary>
    Task<ExportOrigin?> FindExportOriginAsync(string sha256, CancellationToken cancellationToken);
}
