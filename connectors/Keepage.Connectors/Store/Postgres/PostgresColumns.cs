using static Keepage.Connectors.Store.Postgres.PostgresText;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>Select lists that read each table into the shared row records (<c>Store/Rows</c>).</summary>
internal static class PostgresColumns
{
    public static readonly string Referral = $"""
        source AS Source, referral_id AS ReferralId, patient_key AS PatientKey, referring_npi AS ReferringNpi,
        referring_name AS ReferringName, referring_practice_id AS ReferringPracticeId,
        referring_practice_name AS ReferringPracticeName, referred_to_npi AS ReferredToNpi,
        referred_to_department AS ReferredToDepartment, specialty AS Specialty, service_line AS ServiceLine,
        {Date("referral_date")} AS ReferralDate, status AS Status, {Date("scheduled_date")} AS ScheduledDate,
        {Date("appointment_date")} AS AppointmentDate, {Date("completed_date")} AS CompletedDate,
        in_network::integer::bigint AS InNetwork, procedure_code AS ProcedureCode, payer AS Payer, priority AS Priority,
        flags::text AS Flags, content_hash AS ContentHash, {Timestamp("first_seen_at")} AS FirstSeenAt,
        {Timestamp("updated_at")} AS UpdatedAt
        """;

    public static readonly string Receipt = $"""
        file_name AS FileName, sha256 AS Sha256, source AS Source, {Integer("read_count")} AS ReadCount,
        {Integer("accepted")} AS Accepted, {Integer("duplicates")} AS Duplicates, {Integer("quarantined")} AS Quarantined,
        {Integer("flagged")} AS Flagged, {Timestamp("ingested_at")} AS IngestedAt
        """;

    public static readonly string Quarantine = $"""
        file_sha256 AS FileSha256, file_name AS FileName, source AS Source, {Integer("record_number")} AS RecordNumber, reason AS Reason
        """;

    public static readonly string PendingUpdate = $"""
        source AS Source, referral_id AS ReferralId, status AS Status, {Date("scheduled_date")} AS ScheduledDate,
        {Date("appointment_date")} AS AppointmentDate, {Date("completed_date")} AS CompletedDate
        """;

    public const string ExportOrigin = """
        sha256 AS Sha256, file_name AS FileName, location AS Location, format AS Format, profile AS Profile,
        source AS Source, crosswalk AS Crosswalk
        """;

    public static readonly string Provider = $"""
        crm_target AS CrmTarget, crm_id AS CrmId, npi AS Npi, name AS Name, practice_crm_id AS PracticeCrmId,
        owner_id AS OwnerId, {Timestamp("modified_on")} AS ModifiedOn
        """;

    public static readonly string Practice = $"""
        crm_target AS CrmTarget, crm_id AS CrmId, practice_id AS PracticeId, name AS Name, owner_id AS OwnerId,
        {Timestamp("modified_on")} AS ModifiedOn
        """;

    public static readonly string Activity = $"""
        crm_target AS CrmTarget, crm_id AS CrmId, kind AS Kind, subject AS Subject, {Timestamp("occurred_on")} AS OccurredOn,
        regarding_crm_id AS RegardingCrmId, regarding_type AS RegardingType, owner_id AS OwnerId, {Timestamp("modified_on")} AS ModifiedOn
        """;

    public static readonly string Kpi = $"""
        key AS Key, kpi AS Kpi, grain AS Grain, subject_id AS SubjectId, subject_name AS SubjectName,
        period_type AS PeriodType, {Date("period_start")} AS PeriodStart, {Decimal("value")} AS Value,
        {Decimal("previous_value")} AS PreviousValue, {Decimal("change_percent")} AS ChangePercent,
        {Integer("count")} AS Count, {Decimal("coverage")} AS Coverage
        """;

    public static readonly string Alert = $"""
        key AS Key, rule AS Rule, subject_type AS SubjectType, subject_id AS SubjectId, subject_name AS SubjectName,
        period AS Period, severity AS Severity, {Decimal("expected")} AS Expected, {Decimal("observed")} AS Observed,
        explanation AS Explanation
        """;

    public static readonly string Ledger = $"""
        target AS Target, kind AS Kind, key AS Key, content_hash AS ContentHash, crm_id AS CrmId,
        last_outcome AS LastOutcome, last_error AS LastError, {Timestamp("updated_at")} AS UpdatedAt, fields AS Fields
        """;
}
