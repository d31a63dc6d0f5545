using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Turns a <see cref="CrmRecord"/> into an upsert-by-alternate-key PATCH: canonical fields mapped to the
/// organisation's columns, an alert's regarding as a bind. A record that cannot be written gets its reason instead.
/// </summary>
internal sealed class RecordPayload(DataverseSchemaOptions schema)
{
    public (BatchOperation? Operation, string? Error) Build(CrmRecord record, int index)
    {
        var isKpi = record.Kind == CrmRecordKind.Kpi;
        var (entitySet, keyColumn, idColumn, columns) = isKpi
            ? (schema.KpiEntitySet, schema.KpiKeyColumn, schema.KpiIdColumn, schema.KpiColumns)
            : (schema.AlertEntitySet, schema.AlertKeyColumn, "activityid", schema.AlertColumns);
        if (!AlternateKey.IsAddressable(record.Key))
            return (null, "The record key is empty or holds a character Dataverse alternate keys do not support (/ < > * % & : \\ ? +).");
        if (record.Fields.Keys.FirstOrDefault(f => !columns.ContainsKey(f)) is { } unmapped)
            return (null, $"No Dataverse column is mapped for field '{unmapped}'.");
        var regarding = isKpi ? null : RegardingBind(record.Regarding);
        if (regarding is { Error: { } error })
            return (null, error);
        var body = Json(record, columns, regarding?.Bind);
        var url = $"{AlternateKey.Path(entitySet, keyColumn, record.Key)}?$select={idColumn}";
        return (new BatchOperation(index, record.Key, "PATCH", url, idColumn, body), null);
    }

    // Activities point at their subject through regardingobjectid_<target>_<activity> (wire spec A7).
    private (KeyValuePair<string, string>? Bind, string? Error)? RegardingBind(CrmReference? regarding)
    {
        if (regarding is null)
            return null;
        var entitySet = regarding.Table switch
        {
            "contact" => "contacts",
            "account" => "accounts",
            _ => null,
        };
        if (entitySet is null || !Guid.TryParse(regarding.CrmId, out var id))
            return (null, $"An alert can be regarding a Dataverse contact or account by id, not a '{regarding.Table}'.");
        return (new($"regardingobjectid_{regarding.Table}_{schema.AlertLogicalName}@odata.bind", $"/{entitySet}({id})"), null);
    }

    private static string Json(CrmRecord record, Dictionary<string, string> columns, KeyValuePair<string, string>? bind)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (field, value) in record.Fields)
                WriteValue(json, columns[field], value);
            if (bind is { } regarding)
                json.WriteString(regarding.Key, regarding.Value);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter json, string column, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(column); break;
            case string text: json.WriteString(column, text); break;
            case bool flag: json.WriteBoolean(column, flag); break;
            case decimal number: json.WriteNumber(column, number); break;
            case int number: json.WriteNumber(column, number); break;
            case long number: json.WriteNumber(column, number); break;
            case double number: json.WriteNumber(column, number); break;
            case DateOnly date: json.WriteString(column, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTimeOffset at: json.WriteString(column, at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)); break;
            case DateTime at: json.WriteString(column, at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)); break;
            case Enum choice: json.WriteString(column, choice.ToString()); break;
            case IFormattable formattable: json.WriteString(column, formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: json.WriteString(column, value.ToString()); break;
        }
    }
}
