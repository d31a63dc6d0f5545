using Dapper;
using Keepage.Connectors.Store.Rows;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Core.Store;

namespace Keepage.Connectors.Store;

/// <summary>Referrals (upserted by source and referral id, compared by content hash), receipts and quarantine.</summary>
internal sealed class SqliteReferralStore(SqliteDatabase database) : IReferralStore
{
    internal const string InsertReferral = """
        INSERT INTO referrals (source, referral_id, patient_key, referring_npi, referring_name, referring_practice_id,
            referring_practice_name, referred_to_npi, referred_to_department, specialty, service_line, referral_date,
            status, scheduled_date, appointment_date, completed_date, in_network, procedure_code, payer, priority,
            flags, content_hash, first_seen_at, updated_at)
        VALUES (@Source, @ReferralId, @PatientKey, @ReferringNpi, @ReferringName, @ReferringPracticeId,
            @ReferringPracticeName, @ReferredToNpi, @ReferredToDepartment, @Specialty, @ServiceLine, @ReferralDate,
            @Status, @ScheduledDate, @AppointmentDate, @CompletedDate, @InNetwork, @ProcedureCode, @Payer, @Priority,
            @Flags, @ContentHash, @FirstSeenAt, @UpdatedAt)
        """;

    internal const string UpdateReferral = """
        UPDATE referrals SET patient_key = @PatientKey, referring_npi = @ReferringNpi, referring_name = @ReferringName,
            referring_practice_id = @ReferringPracticeId, referring_practice_name = @ReferringPracticeName,
            referred_to_npi = @ReferredToNpi, referred_to_department = @ReferredToDepartment, specialty = @Specialty,
            service_line = @ServiceLine, referral_date = @ReferralDate, status = @Status,
            scheduled_date = @ScheduledDate, appointment_date = @AppointmentDate, completed_date = @CompletedDate,
            in_network = @InNetwork, procedure_code = @ProcedureCode, payer = @Payer, priority = @Priority,
            flags = @Flags, content_hash = @ContentHash, updated_at = @UpdatedAt
        WHERE source = @Source AND referral_id = @ReferralId
        """;

    public async Task<IReadOnlyList<UpsertOutcome>> UpsertReferralsAsync(IReadOnlyList<Referral> referrals, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var now = database.Now();
        var outcomes = await SqliteReferralUpserts.UpsertAsync(
            connection, transaction, [.. referrals.Select(referral => ReferralRow.From(referral, now))], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    public async Task<IReadOnlyList<UpsertOutcome>> ApplyUpdatesAsync(IReadOnlyList<ReferralUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var now = database.Now();
        var outcomes = new List<UpsertOutcome>(updates.Count);
        foreach (var update in updates)
            outcomes.Add(await SqliteReferralUpdates.ApplyAsync(connection, transaction, update, now, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    public async Task QuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        var now = database.Now();
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO quarantine (file_sha256, record_number, file_name, source, reason, quarantined_at)
            VALUES (@FileSha256, @RecordNumber, @FileName, @Source, @Reason, @QuarantinedAt)
            ON CONFLICT (file_sha256, record_number) DO NOTHING
            """, records.Select(record => QuarantineRow.From(record, now)).ToList(), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveReceiptAsync(ExportReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO export_receipts (file_name, sha256, source, read_count, accepted, duplicates, quarantined, flagged, ingested_at)
            VALUES (@FileName, @Sha256, @Source, @ReadCount, @Accepted, @Duplicates, @Quarantined, @Flagged, @IngestedAt)
            """, ReceiptRow.From(receipt), cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ExportReceipt>> ListReceiptsAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<ReceiptRow>($"SELECT {ReceiptRow.Columns} FROM export_receipts ORDER BY id", cancellationToken)).Select(row => row.ToReceipt())];

    public async Task<IReadOnlyList<Referral>> ListReferralsAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<ReferralRow>($"SELECT {ReferralRow.Columns} FROM referrals ORDER BY source, referral_id", cancellationToken)).Select(row => row.ToReferral())];

    public async Task<IReadOnlyList<QuarantinedRecord>> ListQuarantineAsync(CancellationToken cancellationToken) =>
        [.. (await QueryAsync<QuarantineRow>($"SELECT {QuarantineRow.Columns} FROM quarantine ORDER BY rowid", cancellationToken)).Select(row => row.ToRecord())];

    public async Task<ExportReceipt?> FindReceiptAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ReceiptRow>(new CommandDefinition(
            $"SELECT {ReceiptRow.Columns} FROM export_receipts WHERE sha256 = @Sha256 ORDER BY id DESC LIMIT 1",
            new { Sha256 = sha256 }, cancellationToken: cancellationToken));
        return row?.ToReceipt();
    }

    public async Task ReleaseFromQuarantineAsync(IReadOnlyList<QuarantinedRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM quarantine WHERE file_sha256 = @FileSha256 AND record_number = @RecordNumber",
            records.Select(record => new { record.FileSha256, record.RecordNumber }).ToList(), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveExportOriginAsync(ExportOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT OR REPLACE INTO export_origins (sha256, file_name, location, format, profile, source, crosswalk, recorded_at)
            VALUES (@Sha256, @FileName, @Location, @Format, @Profile, @Source, @Crosswalk, @RecordedAt)
            """, ExportOriginRow.From(origin, database.Now()), cancellationToken: cancellationToken));
    }

    public async Task<ExportOrigin?> FindExportOriginAsync(string sha256, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ExportOriginRow>(new CommandDefinition(
            $"SELECT {ExportOriginRow.Columns} FROM export_origins WHERE sha256 = @Sha256", new { Sha256 = sha256 }, cancellationToken: cancellationToken));
        return row?.ToOrigin();
    }

    private async Task<IEnumerable<T>> QueryAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }
}
