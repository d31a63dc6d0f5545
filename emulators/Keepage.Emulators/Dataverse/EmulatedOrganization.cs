using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse;

/// <summary>The emulated Dataverse environment: its tables, its clock, its address and its server-side limits.</summary>
internal sealed class EmulatedOrganization(EntityStore store, TimeProvider clock, Uri baseAddress, int maxPageSize, TimeSpan changeTrackingExpiry)
{
    public EntityStore Store { get; } = store;

    public RowWriter Writer { get; } = new(store, clock);

    public TimeProvider Clock { get; } = clock;

    public Uri BaseAddress { get; } = baseAddress;

    public int MaxPageSize { get; } = maxPageSize;

    /// <summary>How long a delta token stays valid (Dataverse's ExpireChangeTrackingInDays).</summary>
    public TimeSpan ChangeTrackingExpiry { get; } = changeTrackingExpiry;

    public string ApiRoot(string version) => $"{BaseAddress}api/data/{version}/";

    public string EntityUrl(string version, TableDefinition table, StoredRow row) =>
        $"{ApiRoot(version)}{table.EntitySetName}({row.Id})";
}
