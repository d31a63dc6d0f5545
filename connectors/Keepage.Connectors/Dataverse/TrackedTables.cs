using System.Collections.Concurrent;
using System.Text.Json;
using Keepage.Core.Store;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The delta link of each table's last change-tracked read and the rows it left, so the next read asks only for what
/// changed. With a Keepage store (<see cref="ICrmDeltaState"/>) they outlive the process, so each <c>keepage run</c>
/// and each Functions instance continues where the last read stopped; without one they last as long as the process.
/// </summary>
public sealed class TrackedTables(ICrmDeltaState? state = null)
{
    private readonly ConcurrentDictionary<string, TrackedTable> _tables = new(StringComparer.Ordinal);

    internal async Task<TrackedTable?> FindAsync(TrackedScope scope, string entitySet, string select, CancellationToken cancellationToken)
    {
        if (state is null)
            return _tables.GetValueOrDefault(Key(scope, entitySet, select));
        if (await state.LoadDeltaAsync(scope.Target, Table(scope, entitySet, select), cancellationToken) is not { } position)
            return null;
        var rows = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(position.RowsJson) ?? [];
        return new TrackedTable(position.DeltaLink, new Dictionary<string, JsonElement>(rows, StringComparer.OrdinalIgnoreCase));
    }

    internal async Task SaveAsync(TrackedScope scope, string entitySet, string select, TrackedTable table, CancellationToken cancellationToken)
    {
        if (state is null)
            _tables[Key(scope, entitySet, select)] = table;
        else
            await state.SaveDeltaAsync(scope.Target, Table(scope, entitySet, select), new CrmDeltaPosition(table.DeltaLink, JsonSerializer.Serialize(table.Rows)), cancellationToken);
    }

    internal async Task ForgetAsync(TrackedScope scope, string entitySet, string select, CancellationToken cancellationToken)
    {
        if (state is null)
            _tables.TryRemove(Key(scope, entitySet, select), out _);
        else
            await state.SaveDeltaAsync(scope.Target, Table(scope, entitySet, select), null, cancellationToken);
    }

    // A delta link answers the columns it was issued for and names the organisation it came from, so a changed mapping
    // or organisation URL starts over with a full read.
    private static string Table(TrackedScope scope, string entitySet, string select) => $"{scope.Organization}|{entitySet}?{select}";

    private static string Key(TrackedScope scope, string entitySet, string select) => $"{scope.Target}\u001f{Table(scope, entitySet, select)}";
}
