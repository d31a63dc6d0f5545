namespace Keepage.Connectors.Store.Postgres;

/// <summary>The referral statements, with text parameters cast to the typed columns.</summary>
internal static class PostgresReferralSql
{
    /// <summary>
    /// One statement that inserts, updates when the content hash differs, or changes nothing. It returns
    /// <c>true</c> for an insert (a new row has <c>xmax = 0</c>), <c>false</c> for an update and no row for a duplicate.
    /// </summary>
    public const string Upsert = """
        INSERT INTO referrals AS stored (source, referral_id, patient_key, referring_npi, referring_name, referring_practice_id,
            referring_practice_name, referred_to_npi, referred_to_department, specialty, service_line, referral_date,
            status, scheduled_date, appointment_date, completed_date, in_network, procedure_code, payer, priority,
            flags, content_hash, first_seen_at, updated_at)
        VALUES (@Source, @ReferralId, @PatientKey, @ReferringNpi, @ReferringName, @ReferringPracticeId,
            @ReferringPracticeName, @ReferredToNpi, @ReferredToDepartment, @Specialty, @ServiceLine, @ReferralDate::date,
            @Status, @ScheduledDate::date, @AppointmentDate::date, @CompletedDate::date, @InNetwork::integer::boolean,
            @ProcedureCode, @Payer, @Priority, @Flags::jsonb, @ContentHash, @FirstSeenAt::timestamptz, @UpdatedAt::timestamptz)
        ON CONFLICT (source, referral_id) DO UPDATE SET patient_key = excluded.patient_key,
            referring_npi = excluded.referring_npi, referring_name = excluded.referring_name,
            referring_practice_id = excluded.referring_practice_id, referring_practice_name = excluded.referring_practice_name,
            referred_to_npi = excluded.referred_to_npi, referred_to_department = excluded.referred_to_department,
            specialty = excluded.specialty, service_line = excluded.service_line, referral_date = excluded.referral_date,
            status = excluded.status, scheduled_date = excluded.scheduled_date, appointment_date = excluded.appointment_date,
            completed_date = excluded.completed_date, in_network = excluded.in_network, procedure_code = excluded.procedure_code,
            payer = excluded.payer, priority = excluded.priority, flags = excluded.flags, content_hash = excluded.content_hash,
            updated_at = excluded.updated_at
        WHERE stored.content_hash <> excluded.content_hash
        RETURNING (xmax = 0) AS inserted
        """;

    /// <summary>
    /// Takes a transaction advisory lock per name (a referral's or a patient's key, see <see cref="PostgresReferralWrites"/>)
    /// in a fixed order: an update deferred by one instance and the referral inserted by another cannot miss each
    /// other, and two writers never deadlock.
    /// </summary>
    public static readonly string LockNames = $"""
        SELECT pg_advisory_xact_lock(k) FROM (
            SELECT DISTINCT {PostgresLocks.Key("n")} AS k FROM unnest(@Names::text[]) AS u(n) ORDER BY k) AS keys
        """;

    public const string KeysWithPendingUpdates = """
        SELECT DISTINCT source AS Source, referral_id AS ReferralId FROM pending_referral_updates
        WHERE (source, referral_id) IN (SELECT s, r FROM unnest(@Sources::text[], @Ids::text[]) AS u(s, r))
        """;

    public const string Defer = """
        INSERT INTO pending_referral_updates (source, referral_id, status, scheduled_date, appointment_date, completed_date, received_at)
        VALUES (@Source, @ReferralId, @Status, @ScheduledDate::date, @AppointmentDate::date, @CompletedDate::date, @ReceivedAt::timestamptz)
        ON CONFLICT DO NOTHING
        """;

    public const string PatientKeysWithPendingUpdates = """
        SELECT DISTINCT source AS Source, patient_key AS PatientKey FROM pending_patient_updates
        WHERE (source, patient_key) IN (SELECT s, k FROM unnest(@Sources::text[], @Keys::text[]) AS u(s, k))
        """;

    public const string DeferForPatient = """
        INSERT INTO pending_patient_updates (source, patient_key, appointment_start, status, scheduled_date, appointment_date,
            completed_date, received_at)
        VALUES (@Source, @PatientKey, @AppointmentStart::date, @Status, @ScheduledDate::date, @AppointmentDate::date,
            @CompletedDate::date, @ReceivedAt::timestamptz)
        ON CONFLICT DO NOTHING
        """;
}
