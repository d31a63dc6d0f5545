using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Core.Store;
using Npgsql;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>Referrals (upserted by source and referral id, compared by content hash), receipts, quarantine and file origins.</summary>
internal sealed class PostgresReferralStore(PostgresDatabase database) : IReferralStore
{
    public Task<IReadOnlyList<UpsertOutcome>> UpsertReferralsAsync(IReadOnlyList<Referral> referrals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        var now = database.Now();
        return WriteAsync(
            referrals.Select(r => (r.Source, r.ReferralId)),
            referrals.Where(r => r.PatientKey is not null).Select(r => (r.Source, r.PatientKey!)),
            writes => writes.UpsertAsync([.. referrals.Select(referral => ReferralRow.From(referral, now))]),
            cancellationToken);
    }

    public Task<IReadOnlyList<UpsertOutcome>> ApplyUpdatesAsync(IReadOnlyList<ReferralUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var byId = updates.Where(u => u.ReferralId is not null).Select(u => (u.Source, u.ReferralId!));
        var byPatient = updates.Where(u => u.Patient is not null).Select(u => (u.Source, u.Patient!.PatientKey));
        return WriteAsync(byId, byPatient, async writes =>
        {
            var outcomes = new List<UpsertOutcome>(updates.Count);
            foreach (var update in updates)
                outcomes.Add(await writes.ApplyAsync(update));
            return outcomes;
        }, cancellationToken);
    }

    public async Task QuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var now = database.Now();
        var insert = PostgresJson.Insert(
            "quarantine", "file_sha256 text, record_number integer, file_name text, source text, reason text, quarantined_at timestamptz");
        await ExecuteAsync($"{insert} ON CONFLICT (file_sha256, record_number) DO NOTHING", new { Rows = PostgresJson.Rows(records.Select(record => QuarantineRow.From(record, now))) }, cancellationToken);
    }

    public Task SaveReceiptAsync(ExportReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return ExecuteAsync("""
            INSERT INTO export_receipts (file_name, sha256, source, read_count, accepted, duplicates, quarantined, flagged, ingested_at)
            VALUES (@FileName, @Sha256, @Source, @ReadCount, @Accepted, @Duplicates, @Quarantined, @Flagged, @IngestedAt::timestamptz)
            """, ReceiptRow.From(receipt), cancellationToken);
    }

    public async Task<IReadOnlyList<ExportReceipt>> ListReceiptsAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<ReceiptRow>($"SELECT {PostgresColumns.Receipt} FROM export_receipts ORDER BY id", null, cancellationToken)).Select(row => row.ToReceipt())];

    public async Task<IReadOnlyList<Referral>> ListReferralsAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<ReferralRow>(
            $"SELECT {PostgresColumns.Referral} FROM referrals ORDER BY source COLLATE \"C\", referral_id COLLATE \"C\"", null, cancellationToken))
            .Select(row => row.ToReferral())];

    public async Task<IReadOnlyList<QuarantinedRecord>> ListQuarantineAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<QuarantineRow>($"SELECT {PostgresColumns.Quarantine} FROM quarantine ORDER BY id", null, cancellationToken)).Select(row => row.ToRecord())];

    public async Task<ExportReceipt?> FindReceiptAsync(string sha256, CancellationToken cancellationToken) =>
        (await QueryAsync<ReceiptRow>(
            $"SELECT {PostgresColumns.Receipt} FROM export_receipts WHERE sha256 = @Sha256 ORDER BY id DESC LIMIT 1", new { Sha256 = sha256 }, cancellationToken))
            .SingleOrDefault()?.ToReceipt();

    public Task ReleaseFromQuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return ExecuteAsync("""
            DELETE FROM quarantine WHERE (file_sha256, record_number) IN (SELECT * FROM unnest(@Hashes::text[], @Numbers::integer[]))
            """, new { Hashes = records.Select(r => r.FileSha256).ToArray(), Numbers = records.Select(r => r.RecordNumber).ToArray() }, cancellationToken);
    }

    public Task SaveExportOriginAsync(ExportOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return ExecuteAsync("""
            INSERT INTO export_origins (sha256, file_name, location, format, profile, source, crosswalk, recorded_at)
            VALUES (@Sha256, @FileName, @Location, @Format, @Profile, @Source, @Crosswalk, @RecordedAt::timestamptz)
            ON CONFLICT (sha256) DO UPDATE SET file_name = excluded.file_name, location = excluded.location,
                format = excluded.format, profile = excluded.profile, source = excluded.source,
                crosswalk = excluded.crosswalk, recorded_at = excluded.recorded_at
            """, ExportOriginRow.From(origin, database.Now()), cancellationToken);
    }

    public async Task<ExportOrigin?> FindExportOriginAsync(string sha256, CancellationToken cancellationToken) =>
        (await QueryAsync<ExportOriginRow>(
            $"SELECT {PostgresColumns.ExportOrigin} FROM export_origins WHERE sha256 = @Sha256", new { Sha256 = sha256 }, cancellationToken))
            .SingleOrDefault()?.ToOrigin();

    private async Task<IReadOnlyList<UpsertOutcome>> WriteAsync(
        IEnumerable<(string Source, string ReferralId)> referrals,
        IEnumerable<(string Source, string PatientKey)> patients,
        Func<PostgresReferralWrites, Task<List<UpsertOutcome>>> write,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var writes = new PostgresReferralWrites(connection, transaction, database.Now(), cancellationToken);
        await writes.LockAsync(referrals, patients);
        var outcomes = await write(writes);
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        await using NpgsqlConnection connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}
