namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>The fields every record has: Id, audit stamps, IsDeleted (and OwnerId on ownable objects).</summary>
internal static class SystemFields
{
    public const string DefaultUserId = "005Kp000000001AIAQ";

    public static IEnumerable<FieldDefinition> For(string objectName, bool ownable = true)
    {
        yield return new FieldDefinition("Id", "id", $"{objectName} ID") { Length = 18, Createable = false, Updateable = false, Nillable = false, DefaultedOnCreate = true, IdLookup = true };
        if (ownable)
            yield return FieldKinds.Reference("OwnerId", "Owner", "User") with { Nillable = false, DefaultedOnCreate = true };
        yield return FieldKinds.ReadOnly(FieldKinds.Flag("IsDeleted", updateable: false));
        foreach (var stamp in new[] { "CreatedDate", "LastModifiedDate", "SystemModstamp" })
            yield return FieldKinds.ReadOnly(FieldKinds.DateTime(stamp)) with { Nillable = false, DefaultedOnCreate = true };
        yield return FieldKinds.ReadOnly(FieldKinds.Reference("CreatedById", "CreatedBy", "User")) with { DefaultedOnCreate = true };
        yield return FieldKinds.ReadOnly(FieldKinds.Reference("LastModifiedById", "LastModifiedBy", "User")) with { DefaultedOnCreate = true };
    }
}
