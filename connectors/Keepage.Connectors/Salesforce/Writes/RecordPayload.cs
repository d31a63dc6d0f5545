using System.Globalization;
using System.Text.Json.Nodes;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// Turns a <see cref="CrmRecord"/> into the fields of an upsert: canonical fields mapped to the org's, the key as
/// the External ID, an alert's severity as Task Priority and its subject as WhoId (contact) or WhatId (account).
/// </summary>
internal sealed class RecordPayload(SalesforceSchemaOptions schema)
{
    public (WriteItem? Item, string? Error) Build(CrmRecord record, int index)
    {
        var isKpi = record.Kind == CrmRecordKind.Kpi;
        if (string.IsNullOrWhiteSpace(record.Key))
            return (null, "The record key is empty.");
        var fields = new JsonObject { [isKpi ? schema.KpiExternalIdField : schema.AlertExternalIdField] = record.Key };
        foreach (var (field, value) in record.Fields)
        {
            if ((isKpi ? schema.KpiFields : schema.AlertFields).TryGetValue(field, out var target))
                fields[target] = !isKpi && field == CrmFields.Severity ? Priority(value) : Json(Fit(target, value));
        }
        if (!isKpi && record.Regarding is { } regarding)
        {
            var lookup = regarding.Table switch { "contact" => "WhoId", "account" => "WhatId", _ => null };
            if (lookup is null)
                return (null, $"An alert Task can be regarding a contact (WhoId) or an account (WhatId), not a '{regarding.Table}'.");
            fields[lookup] = regarding.CrmId;
        }
        return (new WriteItem(index, record.Key, fields), null);
    }

    // A custom object's Name holds at most 80 characters and a Task Subject 255; a longer label would fail the record
    // with STRING_TOO_LONG (https://help.salesforce.com/s/articleView?id=sf.custom_field_attributes.htm).
    private static object? Fit(string target, object? value) => (target, value) switch
    {
        ("Name", string text) when text.Length > 80 => text[..80],
        ("Subject", string text) when text.Length > 255 => text[..255],
        _ => value,
    };

    private JsonNode? Priority(object? severity) =>
        severity?.ToString() is { } text && schema.SeverityPriorities.TryGetValue(text, out var priority) ? priority : null;

    public static JsonNode? Json(object? value) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag,
        decimal number => number,
        int number => number,
        long number => number,
        double number => number,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateTime at => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        Enum choice => choice.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
