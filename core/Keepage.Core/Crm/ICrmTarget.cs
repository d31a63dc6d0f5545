namespace Keepage.Core.Crm;

/// <summary>The seam to one CRM (Dataverse or Salesforce): read providers, practices and outreach; upsert Keepage's records.</summary>
public interface ICrmTarget
{
    /// <summary>The configured name of this target, used as the ledger's partition (for example <c>dataverse</c>).</summary>
    string Name { get; }

    Task<CrmSnapshot> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Upserts the records by their alternate key / External ID and returns one result per record, in order.</summary>
    Task<IReadOnlyList<CrmWriteResult>> UpsertAsync(IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken);

    /// <summary>The table or object that receives records of a kind (for dry-run plans); the kind's name unless a target says.</summary>
    string TableFor(CrmRecordKind kind) => kind.ToString();
}
