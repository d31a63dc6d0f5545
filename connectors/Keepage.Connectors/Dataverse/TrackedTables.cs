using System.Collections.Concurrent;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The delta link of each table's last change-tracked read and the rows it left, kept for the life of the process
/// (a singleton), so the next read asks only for what changed. A new process starts with a full read.
/// </summary>
public sealed class TrackedTables
{
    private readonly ConcurrentDictionary<string, TrackedTable> _tables = new(StringComparer.Ordinal);

    internal TrackedTable? Find(string entitySet, string select) => _tables.GetValueOrDefault(Key(entitySet, select));

    internal void Save(string entitySet, string select, TrackedTable table) => _tables[Key(entitySet, select)] = table;

    internal void Forget(string entitySet, string select) => _tables.TryRemove(Key(entitySet, select), out _);

    // A delta link answers the columns it was issued for, so a changed mapping starts over.
    private static string Key(string entitySet, string select) => $"{entitySet}?{select}";
}
