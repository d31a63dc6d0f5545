namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>The tables as they were before a $batch change set, and how many deletions had been recorded.</summary>
internal sealed record StoreSnapshot(Dictionary<string, Dictionary<Guid, StoredRow>> Tables, int TombstoneCount);
