using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// A parent set through its External ID in a write body, <c>"Account":{"Practice_Id__c":"P1"}</c> (wire spec B5):
/// resolved to the reference field and the parent's id.
/// </summary>
internal static class RelationshipValues
{
    public static (FieldDefinition Field, string Id)? Resolve(RecordStore store, ObjectDefinition definition, string name, JsonNode? value, List<ErrorItem> errors)
    {
        if (value is not JsonObject parent || definition.Relationship(name) is not { } field)
            return null;
        var targetName = WireFormat.Text(parent["attributes"]?["type"]) ?? (field.ReferenceTo.Count > 0 ? field.ReferenceTo[0] : null);
        var target = targetName is null ? null : store.Catalog.Find(targetName);
        var key = parent.FirstOrDefault(p => p.Key != "attributes");
        if (target is null || key.Key is null || target.Field(key.Key) is not { ExternalId: true } || WireFormat.Text(key.Value) is not { } externalId)
        {
            errors.Add(new ErrorItem($"Invalid foreign key relationship name {name}", "INVALID_FIELD"));
            return null;
        }
        var matches = store.FindByExternalId(target, key.Key, externalId);
        if (matches.Count == 1)
            return (field, matches[0].Id);
        errors.Add(new ErrorItem(matches.Count == 0
            ? $"Foreign key external ID: {externalId} not found for field {key.Key} in entity {target.Name}"
            : $"Foreign key external ID: {externalId} matched more than one record for field {key.Key} in entity {target.Name}", "INVALID_FIELD"));
        return null;
    }
}
