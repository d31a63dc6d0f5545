using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Rest;

/// <summary><c>GET /limits</c>: each limit as <c>{"Max","Remaining"}</c> (wire spec B10).</summary>
internal static class LimitsResource
{
    public static RestResponse Get(EmulatedOrg org) => RestResponse.Json(200, new JsonObject
    {
        ["DailyApiRequests"] = Limit(org.Usage.Limit, org.Usage.Remaining),
        ["DailyBulkApiBatches"] = Limit(15000, 15000),
        ["DailyBulkV2QueryJobs"] = Limit(10000, 10000),
        ["DailyBulkV2QueryFileStorageMB"] = Limit(976562, 976562),
        ["DataStorageMB"] = Limit(1024, 1000),
        ["FileStorageMB"] = Limit(1024, 1024),
    });

    private static JsonObject Limit(int max, int remaining) => new() { ["Max"] = max, ["Remaining"] = remaining };
}
