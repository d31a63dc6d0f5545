using System.Data.Common;
using Dapper;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store;

/// <summary>
/// The <c>crm_delta_state</c> table, one row per (CRM target, table): the delta link of its last change-tracked read
/// and the rows it left. The same SQL serves SQLite and PostgreSQL; only how the save time is written differs.
/// </summary>
internal sealed class CrmDeltaTable(Func<CancellationToken, Task<DbConnection>> open, Func<string> now, string savedAtParameter) : ICrmDeltaState
{
    public async Task<CrmDeltaPosition?> LoadDeltaAsync(string target, string table, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string DeltaLink, string RowsJson)?>(new CommandDefinition(
            "SELECT delta_link, rows_json FROM crm_delta_state WHERE crm_target = @Target AND crm_table = @Table",
            new { Target = target, Table = table }, cancellationToken: cancellationToken));
        return row is { } found ? new CrmDeltaPosition(found.DeltaLink, found.RowsJson) : null;
    }

    public async Task SaveDeltaAsync(string target, string table, CrmDeltaPosition? position, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(position is null
            ? "DELETE FROM crm_delta_state WHERE crm_target = @Target AND crm_table = @Table"
            : $"""
              INSERT INTO crm_delta_state (crm_target, crm_table, delta_link, rows_json, saved_at)
              VALUES (@Target, @Table, @DeltaLink, @RowsJson, {savedAtParameter})
              ON CONFLICT (crm_target, crm_table) DO UPDATE SET delta_link = excluded.delta_link, rows_json = excluded.rows_json,
                  saved_at = excluded.saved_at
              """,
            new { Target = target, Table = table, position?.DeltaLink, position?.RowsJson, SavedAt = now() },
            cancellationToken: cancellationToken));
    }
}
