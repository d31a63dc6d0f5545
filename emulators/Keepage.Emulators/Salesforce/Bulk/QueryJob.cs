using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Bulk;

/// <summary>One Bulk API 2.0 query job: the SOQL, its state and the result rows (header first).</summary>
internal sealed class QueryJob(string id, string operation, string objectName, decimal apiVersion, string createdDate, List<string[]> rows)
{
    public string Id { get; } = id;

    public List<string[]> Rows { get; } = rows;

    public string State { get; set; } = "UploadComplete";

    public int PollsLeft { get; set; }

    public JsonObject Info() => new()
    {
        ["id"] = Id, ["operation"] = operation, ["object"] = objectName, ["createdById"] = SystemFields.DefaultUserId,
        ["createdDate"] = createdDate, ["systemModstamp"] = createdDate, ["state"] = State, ["concurrencyMode"] = "Parallel",
        ["contentType"] = "CSV", ["apiVersion"] = apiVersion, ["jobType"] = "V2Query", ["lineEnding"] = "LF", ["columnDelimiter"] = "COMMA",
        ["numberRecordsProcessed"] = State == "JobComplete" ? Rows.Count - 1 : 0, ["retries"] = 0, ["totalProcessingTime"] = 0,
    };
}
