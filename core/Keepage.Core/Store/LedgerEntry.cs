using Keepage.Core.Crm;

namespace Keepage.Core.Store;

/// <summary>
/// One record's last publish result. <see cref="ContentHash"/> is the hash last confirmed in the CRM; a failed write
/// keeps the previous confirmed hash (null when never written) so the next run tries again. <see cref="Fields"/> is the
/// <see cref="Publish.FieldSnapshot"/> (JSON) of the content last confirmed, so a dry run can show old and new values.
/// </summary>
public sealed record LedgerEntry(
    string Target,
    CrmRecordKind Kind,
    string Key,
    string? ContentHash,
    string? CrmId,
    CrmWriteOutcome LastOutcome,
    string? LastError,
    DateTimeOffset UpdatedAt,
    string? Fields = null);
