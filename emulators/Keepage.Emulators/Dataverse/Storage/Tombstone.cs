namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>A deleted row, kept so a delta link answers it as a <c>$deletedEntity</c> (wire spec A9).</summary>
internal sealed record Tombstone(string LogicalName, Guid Id, long Version);
