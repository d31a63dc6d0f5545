using System.Text.Json.Nodes;
using Keepage.Cli.Configuration;
using Keepage.Connectors.Dataverse;
using Keepage.Connectors.Salesforce;
using Keepage.Core.Crm;

namespace Keepage.Cli.Preview;

/// <summary>
/// A record as each configured CRM would receive it: the upsert's address (table, alternate key or External ID) and the
/// canonical fields under the configured column names. Fields with no column mapped are left out, as the connectors do.
/// </summary>
internal static class CrmPayloads
{
    public static IEnumerable<(string Target, string Request, JsonObject Body)> For(CrmRecord record, CrmConfig crm)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (crm.Dataverse is { } dataverse)
        {
            var schema = new DataverseSchemaOptions();
            dataverse.Schema.ApplyTo(schema);
            var kpi = record.Kind == CrmRecordKind.Kpi;
            var (set, key, columns) = kpi
                ? (schema.KpiEntitySet, schema.KpiKeyColumn, schema.KpiColumns)
                : (schema.AlertEntitySet, schema.AlertKeyColumn, schema.AlertColumns);
            yield return ("dataverse", $"PATCH {set}({key}='{record.Key}')", Body(record, columns));
        }
        if (crm.Salesforce is { } salesforce)
        {
            var schema = new SalesforceSchemaOptions();
            salesforce.Schema.ApplyTo(schema);
            var kpi = record.Kind == CrmRecordKind.Kpi;
            var (sObject, key, fields) = kpi
                ? (schema.KpiObject, schema.KpiExternalIdField, schema.KpiFields)
                : (schema.AlertObject, schema.AlertExternalIdField, schema.AlertFields);
            yield return ("salesforce", $"PATCH sobjects/{sObject}/{key}/{record.Key}", Body(record, fields));
        }
    }

    private static JsonObject Body(CrmRecord record, Dictionary<string, string> columns)
    {
        var body = new JsonObject();
        foreach (var (field, value) in record.Fields)
        {
            if (columns.TryGetValue(field, out var column))
                body[column] = Value(value);
        }
        return body;
    }

    private static JsonValue? Value(object? value) => value switch
    {
        null => null,
        decimal number => JsonValue.Create(number),
        int number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        bool flag => JsonValue.Create(flag),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)),
    };
}
