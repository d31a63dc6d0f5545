using System.Text.Json;
using Keepage.Connectors.Salesforce.Writes;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce.Metadata;

/// <summary>
/// Checks a Salesforce mapping against the org's describe before anything is written: the objects Keepage reads
/// and writes, their fields, and that the upsert keys are External ID fields (wire spec B11). One global describe,
/// then one describe per mapped object that exists. An empty list means the mapping is valid.
/// </summary>
public sealed class SalesforceSchemaValidator(ISalesforceApi api, SalesforceOptions options)
{
    public async Task<IReadOnlyList<CrmSchemaFinding>> ValidateAsync(SalesforceSchemaOptions schema, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var names = ObjectNames(await ReadAsync(() => api.DescribeGlobalAsync(cancellationToken), cancellationToken));
        var described = new Dictionary<string, SObjectDescribe>(StringComparer.OrdinalIgnoreCase);
        foreach (var sObject in DescribeRules.Objects(schema).Where(names.Contains).Distinct(StringComparer.OrdinalIgnoreCase))
            described[sObject] = SObjectDescribe.Parse(await ReadAsync(() => api.DescribeAsync(sObject, cancellationToken), cancellationToken));
        return new DescribeRules(options.TargetName, names, described).Check(schema);
    }

    private static async Task<string> ReadAsync(Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = SalesforceError.First(body);
            throw new SalesforceException(response.StatusCode, error?.Code, $"Salesforce refused describe: {(int)response.StatusCode} {error?.Code}");
        }
        return body;
    }

    private static HashSet<string> ObjectNames(string body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("sobjects").EnumerateArray()
            .Select(o => o.GetProperty("name").GetString()!)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
