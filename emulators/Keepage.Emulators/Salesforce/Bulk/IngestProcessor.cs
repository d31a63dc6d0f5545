using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Bulk;

/// <summary>
/// Runs an ingest job's rows through the same record operations as REST. Empty cells are left alone, <c>#N/A</c>
/// sets null, <c>Account.Ext__c</c> columns set a parent by External ID. Errors read <c>CODE:message:fields --</c>.
/// </summary>
internal sealed class IngestProcessor(EmulatedOrg org, RecordOperations operations)
{
    public void Process(IngestJob job)
    {
        var rows = BulkCsv.Read(job.Data ?? "", BulkCsv.Delimiter(job.ColumnDelimiter));
        var definition = org.Store.Catalog.Find(job.Object);
        if (rows.Count == 0 || definition is null)
        {
            job.State = "Failed";
            job.ErrorMessage = definition is null ? $"InvalidBatch : Invalid object: {job.Object}" : "InvalidBatch : No content was uploaded for this job.";
            return;
        }
        job.Header.AddRange(rows[0]);
        foreach (var row in rows.Skip(1).Where(r => r.Length > 1 || r[0].Length > 0))
            Process(job, definition, row);
    }

    private void Process(IngestJob job, ObjectDefinition definition, string[] row)
    {
        var body = Body(job.Header, row);
        try
        {
            var (record, created) = job.Operation switch
            {
                "insert" => (operations.Insert(definition, body), true),
                "update" => (operations.Update(definition, Cell(job, row, "Id"), body), false),
                "upsert" => operations.Upsert(definition, job.ExternalIdFieldName!, Cell(job, row, job.ExternalIdFieldName!), body),
                "delete" or "hardDelete" => (operations.Delete(definition, Cell(job, row, "Id")), false),
                _ => throw RestError.Of(400, "INVALIDJOB", $"Unsupported operation {job.Operation}", null),
            };
            job.Successful.Add([record.Id, created ? "true" : "false", .. row]);
        }
        catch (RestError error)
        {
            var first = error.Errors[0];
            job.Failed.Add(["", $"{first.ErrorCode}:{first.Message}:{string.Join(",", first.Fields ?? [])} --", .. row]);
        }
    }

    private static string Cell(IngestJob job, string[] row, string column)
    {
        var index = job.Header.FindIndex(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index < row.Length ? row[index] : "";
    }

    private static JsonObject Body(List<string> header, string[] row)
    {
        var body = new JsonObject();
        for (var i = 0; i < header.Count && i < row.Length; i++)
        {
            if (row[i].Length == 0 || string.Equals(header[i], "Id", StringComparison.OrdinalIgnoreCase))
                continue;
            var value = row[i] == "#N/A" ? null : JsonValue.Create(row[i]);
            var dot = header[i].IndexOf('.', StringComparison.Ordinal);
            if (dot > 0)
                body[header[i][..dot]] = new JsonObject { [header[i][(dot + 1)..]] = value };
            else
                body[header[i]] = value;
        }
        return body;
    }
}
