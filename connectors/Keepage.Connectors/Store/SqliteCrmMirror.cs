using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Crm;
using Keepage.Core.Store;
using Microsoft.Data.Sqlite;

namespace Keepage.Connectors.Store;

/// <summary>What each CRM target holds; a snapshot replaces its target's rows in one transaction.</summary>
internal sealed class SqliteCrmMirror(SqliteDatabase database) : ICrmMirror
{
    public async Task SaveSnapshotAsync(CrmSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var target = snapshot.CrmTarget;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        // Deleting the target row cascades to its providers, practices and activities.
        await ExecuteAsync(connection, transaction, "DELETE FROM crm_targets WHERE crm_target = @Target", new { Target = target }, cancellationToken);
        await ExecuteAsync(connection, transaction, "INSERT INTO crm_targets (crm_target, saved_at) VALUES (@Target, @SavedAt)",
            new { Target = target, SavedAt = database.Now() }, cancellationToken);
        await ExecuteAsync(connection, transaction, """
            INSERT OR REPLACE INTO crm_providers (crm_target, crm_id, npi, name, practice_crm_id, owner_id, modified_on)
            VALUES (@CrmTarget, @CrmId, @Npi, @Name, @PracticeCrmId, @OwnerId, @ModifiedOn)
            """, snapshot.Providers.Select(provider => ProviderRow.From(provider, target)).ToList(), cancellationToken);
        await ExecuteAsync(connection, transaction, """
            INSERT OR REPLACE INTO crm_practices (crm_target, crm_id, practice_id, name, owner_id, modified_on)
            VALUES (@CrmTarget, @CrmId, @PracticeId, @Name, @OwnerId, @ModifiedOn)
            """, snapshot.Practices.Select(practice => PracticeRow.From(practice, target)).ToList(), cancellationToken);
        await ExecuteAsync(connection, transaction, """
            INSERT OR REPLACE INTO crm_activities (crm_target, crm_id, kind, subject, occurred_on, regarding_crm_id, regarding_type, owner_id, modified_on)
            VALUES (@CrmTarget, @CrmId, @Kind, @Subject, @OccurredOn, @RegardingCrmId, @RegardingType, @OwnerId, @ModifiedOn)
            """, snapshot.Activities.Select(activity => ActivityRow.From(activity, target)).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CrmSnapshot>> LoadSnapshotsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var targets = await QueryAsync<string>(connection, "SELECT crm_target FROM crm_targets ORDER BY crm_target", cancellationToken);
        var providers = (await QueryAsync<ProviderRow>(connection, $"SELECT {ProviderRow.Columns} FROM crm_providers ORDER BY rowid", cancellationToken)).ToLookup(row => row.CrmTarget);
        var practices = (await QueryAsync<PracticeRow>(connection, $"SELECT {PracticeRow.Columns} FROM crm_practices ORDER BY rowid", cancellationToken)).ToLookup(row => row.CrmTarget);
        var activities = (await QueryAsync<ActivityRow>(connection, $"SELECT {ActivityRow.Columns} FROM crm_activities ORDER BY rowid", cancellationToken)).ToLookup(row => row.CrmTarget);
        return
        [
            .. targets.Select(target => new CrmSnapshot(
                target,
                [.. providers[target].Select(row => row.ToProvider())],
                [.. practices[target].Select(row => row.ToPractice())],
                [.. activities[target].Select(row => row.ToActivity())])),
        ];
    }

    private static Task<int> ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, object parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    private static Task<IEnumerable<T>> QueryAsync<T>(SqliteConnection connection, string sql, CancellationToken cancellationToken) =>
        connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: cancellationToken));
}
