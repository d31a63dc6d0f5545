using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>
/// Upserts up to 200 records in one sObject Collections call with <c>allOrNone: false</c> and returns one result per
/// record, in order (wire spec B6; https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_upsert.htm).
/// Null means the call was refused for the daily limit and nothing was written.
/// </summary>
internal sealed class CollectionWriter(ISalesforceApi api)
{
    public async Task<List<ItemResult>?> SendAsync(WriteGroup group, IReadOnlyList<WriteItem> chunk, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(Body(group.SObject, chunk), Encoding.UTF8, "application/json");
            using var response = await api.UpsertCollectionAsync(group.SObject, group.ExternalIdField, content, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
                return Match(chunk, SaveResult.ParseAll(body));
            var error = SalesforceError.First(body);
            if (error?.Code == "REQUEST_LIMIT_EXCEEDED")
                return null;
            return [.. chunk.Select(item => ItemOutcomes.Failed(item, (int)response.StatusCode, error?.Code, error?.Message))];
        }
        catch (Exception error) when (TransportFailure.Is(error, cancellationToken))
        {
            return [.. chunk.Select(item => ItemOutcomes.Failed(item, 0, error.GetType().Name, "the call did not complete"))];
        }
    }

    private static List<ItemResult> Match(IReadOnlyList<WriteItem> chunk, IReadOnlyList<SaveResult> results) =>
        [.. chunk.Select((item, i) => i >= results.Count
            ? ItemOutcomes.Failed(item, 0, "MISSING_RESULT", "Salesforce returned no result for this record")
            : results[i] is { Success: true } saved
                ? ItemOutcomes.Written(item, saved.Id, saved.Created ?? false)
                : ItemOutcomes.Failed(item, 0, results[i].FirstError?.Code, results[i].FirstError?.Message))];

    private static string Body(string sObject, IReadOnlyList<WriteItem> chunk)
    {
        var records = new JsonArray();
        foreach (var item in chunk)
        {
            var record = new JsonObject { ["attributes"] = new JsonObject { ["type"] = sObject } };
            foreach (var (name, value) in item.Fields)
                record[name] = value?.DeepClone();
            records.Add(record);
        }
        return new JsonObject { ["allOrNone"] = false, ["records"] = records }.ToJsonString();
    }
}
