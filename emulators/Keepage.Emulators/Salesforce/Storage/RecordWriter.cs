using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// Creates, updates and deletes records as the REST API does: unknown fields, read-only fields, bad values and
/// missing required fields are refused with Salesforce's error codes; derived and audit fields are kept current.
/// </summary>
internal sealed class RecordWriter(RecordStore store, TimeProvider clock)
{
    public RecordStore Store => store;

    public StoredRecord Create(ObjectDefinition definition, JsonObject body, bool trusted = false)
    {
        var id = trusted ? WireFormat.Text(body["Id"]) : null;
        var record = store.NewRecord(definition, id);
        Apply(record, body, creating: true, trusted);
        return record;
    }

    public StoredRecord Update(StoredRecord existing, JsonObject body)
    {
        if (existing.IsDeleted)
            throw RestError.Of(404, "ENTITY_IS_DELETED", "entity is deleted", []);
        var record = existing.Clone();
        Apply(record, body, creating: false, trusted: false);
        return record;
    }

    public void Delete(StoredRecord existing)
    {
        if (existing.IsDeleted)
            throw RestError.Of(404, "ENTITY_IS_DELETED", "entity is deleted", []);
        var record = existing.Clone();
        record.IsDeleted = true;
        record.Set("IsDeleted", JsonValue.Create(true));
        Stamp(record, creating: false);
        store.Save(record);
    }

    private void Apply(StoredRecord record, JsonObject body, bool creating, bool trusted)
    {
        var errors = new List<ErrorItem>();
        foreach (var (name, value) in body)
        {
            if (name is "attributes" || trusted && string.Equals(name, "Id", StringComparison.OrdinalIgnoreCase))
                continue;
            if (RelationshipValues.Resolve(store, record.Definition, name, value, errors) is { } resolved)
                Assign(record, resolved.Field, JsonValue.Create(resolved.Id), creating, trusted, errors);
            else if (record.Definition.Field(name) is { } field)
                Assign(record, field, value, creating, trusted, errors);
            else if (record.Definition.Relationship(name) is null)
                errors.Add(new ErrorItem($"No such column '{name}' on sobject of type {record.Definition.Name}", "INVALID_FIELD"));
        }
        // The body is read before any record rule runs, so a bad field is the only error reported (as recorded).
        if (errors.Count > 0)
            throw new RestError(400, errors);
        if (creating)
            DerivedFields.ApplyDefaults(record);
        DerivedFields.Refresh(store, record);
        var missing = record.Definition.Fields.Where(f => f.Required && FieldValues.IsNull(record.Get(f.Name))).Select(f => f.Name).ToArray();
        if (missing.Length > 0)
            errors.Add(new ErrorItem($"Required fields are missing: [{string.Join(", ", missing)}]", "REQUIRED_FIELD_MISSING", missing));
        if (errors.Count == 0 && DuplicateOf(record) is { } duplicate)
            errors.Add(duplicate);
        if (errors.Count > 0)
            throw new RestError(400, errors);
        Stamp(record, creating);
        store.Save(record);
    }

    private static void Assign(StoredRecord record, FieldDefinition field, JsonNode? value, bool creating, bool trusted, List<ErrorItem> errors)
    {
        if (!trusted && !(creating ? field.Createable : field.Updateable))
        {
            errors.Add(new ErrorItem($"Unable to create/update fields: {field.Name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.", "INVALID_FIELD_FOR_INSERT_UPDATE", [field.Name]));
            return;
        }
        var (coerced, error) = FieldValues.Coerce(field, value);
        if (error is not null)
            errors.Add(error);
        else
            record.Set(field.Name, coerced);
    }

    private ErrorItem? DuplicateOf(StoredRecord record)
    {
        foreach (var field in record.Definition.Fields.Where(f => f.Unique && f.ExternalId))
        {
            if (record.Text(field.Name) is { } value
                && store.FindByExternalId(record.Definition, field.Name, value).FirstOrDefault(r => r.Id != record.Id) is { } other)
                return new ErrorItem($"duplicate value found: {field.Name} duplicates value on record with id: {other.Id}", "DUPLICATE_VALUE", []);
        }
        return null;
    }

    private void Stamp(StoredRecord record, bool creating)
    {
        var now = JsonValue.Create(WireFormat.DateTime(clock.GetUtcNow()));
        if (creating)
        {
            record.Set("CreatedDate", record.Get("CreatedDate") ?? now);
            record.Set("CreatedById", record.Get("CreatedById") ?? JsonValue.Create(SystemFields.DefaultUserId));
            record.Set("IsDeleted", record.Get("IsDeleted") ?? JsonValue.Create(false));
        }
        record.Set("LastModifiedDate", now);
        record.Set("SystemModstamp", now);
        record.Set("LastModifiedById", JsonValue.Create(SystemFields.DefaultUserId));
    }
}
