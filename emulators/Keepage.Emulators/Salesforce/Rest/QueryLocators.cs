using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Rest;

/// <summary>Query locators (<c>01g…</c>): the rendered rows of a query whose first page did not hold them all.</summary>
internal sealed class QueryLocators
{
    private readonly ConcurrentDictionary<string, List<JsonObject>> _results = new(StringComparer.Ordinal);
    private long _next;

    public string Add(List<JsonObject> rows)
    {
        var locator = RecordId.Create("01g", Interlocked.Increment(ref _next));
        _results[locator] = rows;
        return locator;
    }

    public List<JsonObject>? Find(string locator) => _results.GetValueOrDefault(locator);
}
