using Keepage.Connectors.Salesforce.Writes;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce;

/// <summary>
/// The upsert <see cref="SalesforceTarget"/> would make for a record (object, External ID, fields), built by the same
/// code, for previews that must not sign in or write.
/// </summary>
public static class SalesforceUpsertPreview
{
    /// <summary>The upsert's address and fields, or the reason the record could not be written (and an empty body).</summary>
    public static (string Request, string Body) Describe(CrmRecord record, SalesforceSchemaOptions schema)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(schema);
        var (item, error) = new RecordPayload(schema).Build(record, 0);
        if (item is null)
            return ($"not written: {error}", "");
        var (sObject, externalId) = record.Kind == CrmRecordKind.Kpi
            ? (schema.KpiObject, schema.KpiExternalIdField)
            : (schema.AlertObject, schema.AlertExternalIdField);
        return ($"PATCH sobjects/{sObject}/{externalId}/{record.Key}", item.Fields.ToJsonString());
    }
}
