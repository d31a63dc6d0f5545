using Keepage.Core.Crm;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The upsert <see cref="DataverseTarget"/> would send for a record (method, address by alternate key, JSON body),
/// built by the same code, for previews that must not sign in or write.
/// </summary>
public static class DataverseUpsertPreview
{
    /// <summary>The request line and body, or the reason the record could not be written (and an empty body).</summary>
    public static (string Request, string Body) Describe(CrmRecord record, DataverseSchemaOptions schema)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (operation, error) = new RecordPayload(schema).Build(record, 0);
        return operation is null ? ($"not written: {error}", "") : ($"{operation.Method} {operation.RelativeUrl}", operation.Body ?? "");
    }
}
