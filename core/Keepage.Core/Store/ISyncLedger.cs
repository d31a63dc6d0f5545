using Keepage.Core.Crm;

namespace Keepage.Core.Store;

/// <summary>
/// The publish outbox: for each (target, kind, key), the hash of the content last confirmed written and the CRM id.
/// Publishing compares desired records with it and writes only what changed.
/// </summary>
public interface ISyncLedger
{
    Task<IReadOnlyDictionary<string, LedgerEntry>> LoadLedgerAsync(string target, CrmRecordKind kind, CancellationToken cancellationToken);

    Task RecordAsync(IReadOnlyList<LedgerEntry> entries, CancellationToken cancellationToken);
}
