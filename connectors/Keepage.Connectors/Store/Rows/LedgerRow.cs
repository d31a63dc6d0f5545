using Keepage.Core.Crm;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store.Rows;

internal sealed record LedgerRow
{
    public const string Columns = """
        target AS Target, kind AS Kind, key AS Key, content_hash AS ContentHash, crm_id AS CrmId,
        last_outcome AS LastOutcome, last_error AS LastError, updated_at AS UpdatedAt, fields AS Fields
        """;

    public string Target { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Key { get; init; } = "";
    public string? ContentHash { get; init; }
    public string? CrmId { get; init; }
    public string LastOutcome { get; init; } = "";
    public string? LastError { get; init; }
    public string UpdatedAt { get; init; } = "";
    public string? Fields { get; init; }

    public static LedgerRow From(LedgerEntry entry) => new()
    {
        Target = entry.Target,
        Kind = entry.Kind.ToString(),
        Key = entry.Key,
        ContentHash = entry.ContentHash,
        CrmId = entry.CrmId,
        LastOutcome = entry.LastOutcome.ToString(),
        LastError = entry.LastError,
        UpdatedAt = StoreText.Timestamp(entry.UpdatedAt),
        Fields = entry.Fields,
    };

    public LedgerEntry ToEntry() => new(
        Target, Enum.Parse<CrmRecordKind>(Kind), Key, ContentHash, CrmId, Enum.Parse<CrmWriteOutcome>(LastOutcome),
        LastError, StoreText.ParseTimestamp(UpdatedAt), Fields);
}
