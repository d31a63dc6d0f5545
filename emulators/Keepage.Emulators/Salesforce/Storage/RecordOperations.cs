using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// The record-level operations REST, collections and Bulk API 2.0 share: insert, update, upsert by External ID and
/// delete, each subject to the injected lock and duplicate faults. Failures are <see cref="RestError"/>s.
/// </summary>
internal sealed class RecordOperations(EmulatedOrg org)
{
    public StoredRecord Insert(ObjectDefinition definition, JsonObject body)
    {
        InjectFaults($"{definition.Name}:{body.ToJsonString()}", null);
        return org.Writer.Create(definition, body);
    }

    public StoredRecord Update(ObjectDefinition? definition, string id, JsonObject body)
    {
        var existing = Existing(definition, id);
        InjectFaults(existing.Id, existing.Id);
        var updated = org.Writer.Update(existing, body);
        return updated;
    }

    public (StoredRecord Record, bool Created) Upsert(ObjectDefinition definition, string field, string value, JsonObject body, bool updateOnly = false)
    {
        var key = definition.Field(field) is { } known && (known.ExternalId || known.IdLookup)
            ? known
            : throw RestError.Of(404, "NOT_FOUND", $"Provided external ID field does not exist or is not accessible: {field}", null);
        IReadOnlyList<StoredRecord> matches = key.Type != "id"
            ? org.Store.FindByExternalId(definition, key.Name, value)
            : org.Store.Find(value) is { IsDeleted: false } byId && byId.Definition == definition ? [byId] : [];
        if (matches.Count > 1)
            throw RestError.MultipleMatches(key.Name, [.. matches.Select(m => m.Id)], [.. matches.Select(m => $"/services/data/v{EmulatedOrg.ApiVersion}/sobjects/{definition.Name}/{m.Id}")]);
        InjectFaults($"{definition.Name}:{value}", matches.Count > 0 ? matches[0].Id : null);
        if (matches.Count == 1)
            return (org.Writer.Update(matches[0], Without(body, key.Name)), false);
        if (updateOnly || key.Type == "id")
            throw RestError.Of(404, "NOT_FOUND", $"Provided external ID field value does not match any record: {value}", null);
        var created = Without(body, key.Name);
        created[key.Name] = value;
        return (org.Writer.Create(definition, created), true);
    }

    public StoredRecord Delete(ObjectDefinition? definition, string id)
    {
        var existing = Existing(definition, id, allowDeleted: true);
        InjectFaults(existing.Id, existing.Id);
        org.Writer.Delete(existing);
        return existing;
    }

    public StoredRecord Existing(ObjectDefinition? definition, string id, bool allowDeleted = false)
    {
        var full = RecordId.Normalize(id);
        if (full is null || definition is not null && RecordId.Prefix(full) != definition.KeyPrefix)
            throw RestError.MalformedId("Record ID", id);
        var record = org.Store.Find(full) ?? throw RestError.NotFound();
        return record.IsDeleted && !allowDeleted ? throw RestError.Of(404, "ENTITY_IS_DELETED", "entity is deleted", []) : record;
    }

    private void InjectFaults(string key, string? id)
    {
        if (org.Faults.IsDuplicate(key))
            throw RestError.Of(400, "DUPLICATE_VALUE", $"duplicate value found: <unknown> duplicates value on record with id: {id}", []);
        if (org.Faults.TakeLockError(key))
            throw RestError.Of(400, "UNABLE_TO_LOCK_ROW", $"unable to obtain exclusive access to this record or 1 records: {id}", []);
    }

    private static JsonObject Without(JsonObject body, string field)
    {
        var copy = body.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }
}
