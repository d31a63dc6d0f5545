using Dapper;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store;

/// <summary>One row per (CRM target, table): the delta link of its last change-tracked read and the rows it left.</summary>
internal sealed class SqliteCrmDeltaState(SqliteDatabase database) : ICrmDeltaState
{
    public async Task<CrmDeltaPosition?> LoadDeltaAsync(string target, string table, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string DeltaLink, string RowsJson)?>(new CommandDefinition(
            "SELECT delta_link, rows_json FROM crm_delta_state WHERE crm_target = @Target AND crm_table = @Table",
            new { Target = target, Table = table }, cancellationToken: cancellationToken));
        return row is { } found ? new CrmDeltaPosition(found.DeltaLink, found.RowsJson) : null;
    }

    public async Task SaveDeltaAsync(string target, string table, CrmDeltaPosition? position, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(position is null
            ? "DELETE FROM crm_delta_state WHERE crm_target = @Target AND crm_table = @Table"
            : """
              INSERT INTO crm_delta_state (crm_target, crm_table, delta_link, rows_json, saved_at)
              VALUES (@Target, @Table, @DeltaLink, @RowsJson, @SavedAt)
              ON CONFLICT (crm_target, crm_table) DO UPDATE SET delta_link = excluded.delta_link, rows_json = excluded.rows_json,
                  saved_at = excluded.saved_at
              """,
            new { Target = target, Table = table, position?.DeltaLink, position?.RowsJson, SavedAt = database.Now() },
            cancellationToken: cancellationToken));
    }
}
