using System.Text.Json;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>What <c>/sobjects/{Object}/describe</c> says about an object and its fields (wire spec B11).</summary>
public sealed record SObjectDescribe(string Name, bool Createable, bool Updateable, IReadOnlyDictionary<string, DescribedField> Fields)
{
    public static SObjectDescribe Parse(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var fields = root.GetProperty("fields").EnumerateArray().Select(f => new DescribedField(
            f.GetProperty("name").GetString()!,
            f.GetProperty("type").GetString()!,
            Flag(f, "externalId"),
            Flag(f, "idLookup"),
            Flag(f, "createable"),
            Flag(f, "updateable"),
            Flag(f, "nillable"),
            f.TryGetProperty("referenceTo", out var to) ? [.. to.EnumerateArray().Select(r => r.GetString()!)] : [],
            f.TryGetProperty("relationshipName", out var rel) && rel.ValueKind == JsonValueKind.String ? rel.GetString() : null,
            f.TryGetProperty("picklistValues", out var values) ? [.. values.EnumerateArray().Select(v => v.GetProperty("value").GetString()!)] : []));
        return new SObjectDescribe(root.GetProperty("name").GetString()!, Flag(root, "createable"), Flag(root, "updateable"),
            fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase));
    }

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
