using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store;

/// <summary>KPIs and alerts, each set replaced whole in one transaction by every analysis run.</summary>
internal sealed class SqliteAnalyticsStore(SqliteDatabase database) : IAnalyticsStore
{
    private const string InsertKpi = """
        INSERT INTO kpis (key, kpi, grain, subject_id, subject_name, period_type, period_start, value, previous_value, change_percent, count, coverage)
        VALUES (@Key, @Kpi, @Grain, @SubjectId, @SubjectName, @PeriodType, @PeriodStart, @Value, @PreviousValue, @ChangePercent, @Count, @Coverage)
        """;

    private const string InsertAlert = """
        INSERT INTO alerts (key, rule, subject_type, subject_id, subject_name, period, severity, expected, observed, explanation)
        VALUES (@Key, @Rule, @SubjectType, @SubjectId, @SubjectName, @Period, @Severity, @Expected, @Observed, @Explanation)
        """;

    public Task ReplaceKpisAsync(IReadOnlyList<KpiRecord> kpis, CancellationToken cancellationToken) =>
        ReplaceAsync("kpis", InsertKpi, [.. kpis.Select(KpiRow.From)], cancellationToken);

    public Task ReplaceAlertsAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken) =>
        ReplaceAsync("alerts", InsertAlert, [.. alerts.Select(AlertRow.From)], cancellationToken);

    public async Task<IReadOnlyList<KpiRecord>> ListKpisAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<KpiRow>($"SELECT {KpiRow.Columns} FROM kpis ORDER BY key", cancellationToken)).Select(row => row.ToKpi())];

    public async Task<IReadOnlyList<Alert>> ListAlertsAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<AlertRow>($"SELECT {AlertRow.Columns} FROM alerts ORDER BY key", cancellationToken)).Select(row => row.ToAlert())];

    private async Task ReplaceAsync<T>(string table, string insert, List<T> rows, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM {table}", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(insert, rows, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }
}
