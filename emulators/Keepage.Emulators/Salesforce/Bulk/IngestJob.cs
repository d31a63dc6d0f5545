using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Bulk;

/// <summary>One Bulk API 2.0 ingest job: its settings, state, uploaded CSV and per-row results (wire spec B8).</summary>
internal sealed class IngestJob(string id, JsonObject request, decimal apiVersion, string createdDate)
{
    public string Id { get; } = id;

    public string Operation { get; } = request["operation"]?.GetValue<string>() ?? "insert";

    public string Object { get; } = request["object"]?.GetValue<string>() ?? "";

    public string? ExternalIdFieldName { get; } = request["externalIdFieldName"]?.GetValue<string>();

    public string LineEnding { get; } = request["lineEnding"]?.GetValue<string>() ?? "LF";

    public string ColumnDelimiter { get; } = request["columnDelimiter"]?.GetValue<string>() ?? "COMMA";

    public decimal ApiVersion { get; } = apiVersion;

    public string CreatedDate { get; } = createdDate;

    public string SystemModstamp { get; set; } = createdDate;

    public string State { get; set; } = "Open";

    public string? Data { get; set; }

    public int PollsLeft { get; set; }

    public string? ErrorMessage { get; set; }

    public List<string> Header { get; } = [];

    public List<string[]> Successful { get; } = [];

    public List<string[]> Failed { get; } = [];

    public List<string[]> Unprocessed { get; } = [];

    public bool IsTerminal => State is "JobComplete" or "Failed" or "Aborted";

    public JsonObject Info(bool withContentUrl, string version)
    {
        var json = new JsonObject { ["id"] = Id, ["operation"] = Operation, ["object"] = Object };
        if (ExternalIdFieldName is not null)
            json["externalIdFieldName"] = ExternalIdFieldName;
        json["createdById"] = SystemFields.DefaultUserId;
        json["createdDate"] = CreatedDate;
        json["systemModstamp"] = SystemModstamp;
        json["state"] = State;
        if (ErrorMessage is not null)
            json["errorMessage"] = ErrorMessage;
        json["concurrencyMode"] = "Parallel";
        json["contentType"] = "CSV";
        json["apiVersion"] = ApiVersion;
        json["jobType"] = "V2Ingest";
        if (withContentUrl)
            json["contentUrl"] = $"services/data/{version}/jobs/ingest/{Id}/batches";
        json["lineEnding"] = LineEnding;
        json["columnDelimiter"] = ColumnDelimiter;
        if (!withContentUrl)
        {
            json["numberRecordsProcessed"] = Successful.Count + Failed.Count;
            json["numberRecordsFailed"] = Failed.Count;
            json["retries"] = 0;
            json["totalProcessingTime"] = 0;
            json["apiActiveProcessingTime"] = 0;
            json["apexProcessingTime"] = 0;
        }
        return json;
    }
}
