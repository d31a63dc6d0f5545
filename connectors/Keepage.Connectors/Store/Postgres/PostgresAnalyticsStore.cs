using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>KPIs and alerts, each set replaced whole in one transaction by every analysis run.</summary>
internal sealed class PostgresAnalyticsStore(PostgresDatabase database) : IAnalyticsStore
{
    private static readonly string InsertKpis = PostgresJson.Insert("kpis", """
        key text, kpi text, grain text, subject_id text, subject_name text, period_type text, period_start date,
        value numeric, previous_value numeric, change_percent numeric, count integer, coverage numeric
        """);

    private static readonly string InsertAlerts = PostgresJson.Insert("alerts", """
        key text, rule text, subject_type text, subject_id text, subject_name text, period text, severity text,
        expected numeric, observed numeric, explanation text
        """);

    public Task ReplaceKpisAsync(IReadOnlyList<KpiRecord> kpis, CancellationToken cancellationToken) =>
        ReplaceAsync("kpis", InsertKpis, PostgresJson.Rows(kpis.Select(KpiRow.From)), cancellationToken);

    public Task ReplaceAlertsAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken) =>
        ReplaceAsync("alerts", InsertAlerts, PostgresJson.Rows(alerts.Select(AlertRow.From)), cancellationToken);

    public async Task<IReadOnlyList<KpiRecord>> ListKpisAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<KpiRow>($"SELECT {PostgresColumns.Kpi} FROM kpis ORDER BY key COLLATE \"C\"", cancellationToken)).Select(row => row.ToKpi())];

    public async Task<IReadOnlyList<Alert>> ListAlertsAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<AlertRow>($"SELECT {PostgresColumns.Alert} FROM alerts ORDER BY key COLLATE \"C\"", cancellationToken)).Select(row => row.ToAlert())];

    // The table lock makes concurrent replaces take turns (each would otherwise miss the other's new rows when it
    // deletes) while readers keep reading the previous set until the commit.
    private async Task ReplaceAsync(string table, string insert, string rows, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE; DELETE FROM {table}", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(insert, new { Rows = rows }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }
}
