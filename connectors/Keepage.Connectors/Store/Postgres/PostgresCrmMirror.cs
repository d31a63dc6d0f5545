using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Crm;
using Keepage.Core.Store;
using Npgsql;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>What each CRM target holds; a snapshot replaces its target's rows in one transaction, one target at a time.</summary>
internal sealed class PostgresCrmMirror(PostgresDatabase database) : ICrmMirror
{
    private static readonly string InsertProviders = PostgresJson.Insert("crm_providers", """
        crm_target text, crm_id text, npi text, name text, practice_crm_id text, owner_id text, modified_on timestamptz
        """);

    private static readonly string InsertPractices = PostgresJson.Insert("crm_practices", """
        crm_target text, crm_id text, practice_id text, name text, owner_id text, modified_on timestamptz
        """);

    private static readonly string InsertActivities = PostgresJson.Insert("crm_activities", """
        crm_target text, crm_id text, kind text, subject text, occurred_on timestamptz, regarding_crm_id text,
        regarding_type text, owner_id text, modified_on timestamptz
        """);

    public async Task SaveSnapshotAsync(CrmSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var target = snapshot.CrmTarget;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two instances saving one target would both delete, then both insert; the lock makes them take turns.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLocks.Key("'crm' || chr(31) || @Target")})", new { Target = target }, cancellationToken);
        // Deleting the target row cascades to its providers, practices and activities.
        await ExecuteAsync(connection, transaction, "DELETE FROM crm_targets WHERE crm_target = @Target", new { Target = target }, cancellationToken);
        await ExecuteAsync(connection, transaction, "INSERT INTO crm_targets (crm_target, saved_at) VALUES (@Target, @SavedAt::timestamptz)",
            new { Target = target, SavedAt = database.Now() }, cancellationToken);
        // A CRM can list a row twice in one read; as with SQLite's INSERT OR REPLACE, the last copy wins.
        await ExecuteAsync(connection, transaction, InsertProviders,
            Rows(snapshot.Providers.Select(provider => ProviderRow.From(provider, target)), row => row.CrmId), cancellationToken);
        await ExecuteAsync(connection, transaction, InsertPractices,
            Rows(snapshot.Practices.Select(practice => PracticeRow.From(practice, target)), row => row.CrmId), cancellationToken);
        await ExecuteAsync(connection, transaction, InsertActivities,
            Rows(snapshot.Activities.Select(activity => ActivityRow.From(activity, target)), row => row.CrmId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CrmSnapshot>> LoadSnapshotsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // One snapshot of the database for all four reads, so a concurrent save is seen whole or not at all.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var targets = await QueryAsync<string>(connection, transaction, "SELECT crm_target FROM crm_targets ORDER BY crm_target COLLATE \"C\"", cancellationToken);
        var providers = (await QueryAsync<ProviderRow>(connection, transaction, $"SELECT {PostgresColumns.Provider} FROM crm_providers ORDER BY id", cancellationToken)).ToLookup(row => row.CrmTarget);
        var practices = (await QueryAsync<PracticeRow>(connection, transaction, $"SELECT {PostgresColumns.Practice} FROM crm_practices ORDER BY id", cancellationToken)).ToLookup(row => row.CrmTarget);
        var activities = (await QueryAsync<ActivityRow>(connection, transaction, $"SELECT {PostgresColumns.Activity} FROM crm_activities ORDER BY id", cancellationToken)).ToLookup(row => row.CrmTarget);
        return
        [
            .. targets.Select(target => new CrmSnapshot(
                target,
                [.. providers[target].Select(row => row.ToProvider())],
                [.. practices[target].Select(row => row.ToPractice())],
                [.. activities[target].Select(row => row.ToActivity())])),
        ];
    }

    private static object Rows<T>(IEnumerable<T> rows, Func<T, string> key) =>
        new { Rows = PostgresJson.Rows(PostgresJson.LastPerKey(rows, key)) };

    private static Task<int> ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    private static Task<IEnumerable<T>> QueryAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken) =>
        connection.QueryAsync<T>(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
}
