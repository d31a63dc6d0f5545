using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Metadata;

/// <summary>
/// A table, its columns and its alternate keys as EntityDefinitions returns them. Properties come in $select
/// order, then MetadataId, which Dataverse always returns (wire spec A13).
/// </summary>
internal static class EntityMetadata
{
    private static readonly Dictionary<string, (string SchemaName, string DisplayName)> Names = new(StringComparer.Ordinal)
    {
        ["contact"] = ("Contact", "Contact"),
        ["account"] = ("Account", "Account"),
        ["systemuser"] = ("SystemUser", "User"),
        ["appointment"] = ("Appointment", "Appointment"),
        ["phonecall"] = ("PhoneCall", "Phone Call"),
        ["task"] = ("Task", "Task"),
        ["kpg_referralkpi"] = ("kpg_referralkpi", "Referral KPI"),
        ["kpg_leakagealert"] = ("kpg_leakagealert", "Leakage alert"),
    };

    /// <summary>The scalar properties, also what $filter sees.</summary>
    public static JsonObject Properties(TableDefinition table)
    {
        var (schemaName, displayName) = Names.GetValueOrDefault(table.LogicalName, (table.LogicalName, table.LogicalName));
        return new JsonObject
        {
            ["LogicalName"] = table.LogicalName,
            ["SchemaName"] = schemaName,
            ["EntitySetName"] = table.EntitySetName,
            ["LogicalCollectionName"] = table.EntitySetName,
            ["PrimaryIdAttribute"] = table.PrimaryIdColumn,
            ["PrimaryNameAttribute"] = table.PrimaryNameColumn,
            ["IsActivity"] = table.IsActivity,
            ["IsCustomEntity"] = table.LogicalName.StartsWith("kpg_", StringComparison.Ordinal),
            // The emulator tracks changes on every table it knows.
            ["ChangeTrackingEnabled"] = true,
            ["IsKnowledgeManagementEnabled"] = false,
            ["DisplayName"] = Labels.Of(displayName, table.LogicalName),
        };
    }

    public static JsonObject Render(TableDefinition table, MetadataQuery query)
    {
        var json = Select(Properties(table), query.Select, MetadataIds.For(table.LogicalName));
        foreach (var (name, select) in query.Expand)
            json[name] = name == "Keys" ? Keys(table, select) : Attributes(table, select);
        return json;
    }

    public static JsonArray Attributes(TableDefinition table, IReadOnlyList<string>? select) =>
        new([.. table.Attributes.Select(a => (JsonNode)Attribute(table, a, select))]);

    public static JsonArray Keys(TableDefinition table, IReadOnlyList<string>? select) => table.HasAlternateKey
        ? new JsonArray(Select(new JsonObject
        {
            ["LogicalName"] = $"{table.LogicalName}_key",
            ["SchemaName"] = $"{table.LogicalName}_key",
            ["KeyAttributes"] = new JsonArray([.. table.AlternateKeyColumns.Select(c => JsonValue.Create(c))]),
            ["EntityKeyIndexStatus"] = "Active",
            ["EntityLogicalName"] = table.LogicalName,
        }, select, MetadataIds.For(table.LogicalName, "key")))
        : [];

    // Attributes carry their derived type, as the Web API writes it for a collection of AttributeMetadata.
    private static JsonObject Attribute(TableDefinition table, AttributeDefinition attribute, IReadOnlyList<string>? select)
    {
        var json = Select(new JsonObject
        {
            ["LogicalName"] = attribute.LogicalName,
            ["SchemaName"] = attribute.LogicalName,
            ["AttributeType"] = attribute.AttributeType,
            ["EntityLogicalName"] = table.LogicalName,
            ["IsPrimaryId"] = attribute.LogicalName == table.PrimaryIdColumn,
            ["IsPrimaryName"] = attribute.LogicalName == table.PrimaryNameColumn,
        }, select, MetadataIds.For(table.LogicalName, attribute.LogicalName));
        json.Insert(0, "@odata.type", $"#Microsoft.Dynamics.CRM.{TypeName(attribute.AttributeType)}AttributeMetadata");
        return json;
    }

    private static string TypeName(string attributeType) => attributeType switch
    {
        "Customer" or "Owner" => "Lookup",
        "Uniqueidentifier" => "UniqueIdentifier",
        _ => attributeType,
    };

    private static JsonObject Select(JsonObject all, IReadOnlyList<string>? select, string metadataId)
    {
        var json = new JsonObject();
        foreach (var name in select ?? [.. all.Select(p => p.Key)])
        {
            if (name != "MetadataId" && all.TryGetPropertyValue(name, out var value))
                json[name] = value?.DeepClone();
        }
        json["MetadataId"] = metadataId;
        return json;
    }
}
