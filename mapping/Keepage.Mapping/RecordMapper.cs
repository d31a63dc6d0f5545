using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;
using static Keepage.Mapping.CanonicalFields;

namespace Keepage.Mapping;

/// <summary>
/// Maps one raw record to a canonical <see cref="Referral"/> through a source profile, or rejects it with a reason
/// that names fields and expected formats but never a value (dates and ids can be PHI). The raw patient id is
/// pseudonymised here and goes no further. Pure: no I/O, no clock.
/// </summary>
public sealed class RecordMapper
{
    private readonly SourceProfile _profile;
    private readonly PatientPseudonymizer _pseudonymizer;

    public RecordMapper(SourceProfile profile, PatientPseudonymizer pseudonymizer)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        _profile = profile with { Fields = profile.Fields.ToDictionary(field => field.Key, field => IgnoringCase(field.Value)) };
        _pseudonymizer = pseudonymizer;
    }

    /// <param name="recordNumber">1-based data record number in the file.</param>
    /// <param name="column">The record's value in a column, by header name (or 1-based number without a header); null when the record has no such column.</param>
    public MappedRecord Map(int recordNumber, Func<string, string?> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var fields = new RecordFields(_profile, column);
        var referral = Read(fields);
        if (fields.Problems.Count > 0)
            return MappedRecord.Rejected(recordNumber, string.Join("; ", fields.Problems));
        var patientId = fields.Text(PatientId);
        return MappedRecord.Accepted(recordNumber, referral with
        {
            PatientKey = patientId is null ? null : _pseudonymizer.Pseudonymize(patientId),
            Flags = Flags(referral, patientId is null),
        });
    }

    /// <summary>
    /// Why no record of a file with these columns can be mapped, or null when they can: a mapped column that is absent
    /// (and not optional) would otherwise leave its field silently empty.
    /// </summary>
    public string? FindMissingColumns(IEnumerable<string> columnNames)
    {
        var present = columnNames.Select(name => name.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = _profile.Fields
            .Where(field => !field.Value.Optional && !field.Value.Columns.Any(present.Contains))
            .Select(field => $"{field.Key} ({string.Join(" or ", field.Value.Columns.Select(name => $"'{name}'"))})")
            .ToList();
        return missing.Count == 0 ? null : $"the file has no column for {string.Join(", ", missing)}";
    }

    private Referral Read(RecordFields fields)
    {
        var referralId = fields.Text(ReferralId);
        if (referralId is null)
            fields.Problems.Add("referral_id is missing");
        var referralDate = fields.Date(ReferralDate, required: true);
        var referringNpi = fields.Text(ReferringNpi);
        var referringName = fields.Text(ReferringName);
        if (referringNpi is null && referringName is null)
            fields.Problems.Add("missing referring provider");
        return new Referral
        {
            ReferralId = referralId ?? "",
            Source = fields.Text(Source) ?? _profile.Source,
            ReferringNpi = referringNpi,
            ReferringName = referringName,
            ReferringPracticeId = fields.Text(ReferringPracticeId),
            ReferringPracticeName = fields.Text(ReferringPracticeName),
            ReferredToNpi = fields.Text(ReferredToNpi),
            ReferredToDepartment = fields.Text(ReferredToDepartment),
            Specialty = fields.Text(Specialty),
            ServiceLine = fields.Text(ServiceLine),
            ReferralDate = referralDate ?? default,
            Status = fields.Status(),
            ScheduledDate = fields.Date(ScheduledDate),
            AppointmentDate = fields.Date(AppointmentDate),
            CompletedDate = fields.Date(CompletedDate),
            InNetwork = fields.InNetwork(),
            ProcedureCode = fields.Text(ProcedureCode),
            Payer = fields.Text(Payer),
            Priority = fields.Text(Priority),
        };
    }

    private static List<string> Flags(Referral referral, bool missingPatientId)
    {
        List<string> flags = [];
        if (referral.ReferringNpi is not null && !Npi.IsValid(referral.ReferringNpi))
            flags.Add(ReferralFlags.InvalidReferringNpi);
        if (referral.ReferredToNpi is not null && !Npi.IsValid(referral.ReferredToNpi))
            flags.Add(ReferralFlags.InvalidReferredToNpi);
        if (missingPatientId)
            flags.Add(ReferralFlags.MissingPatientId);
        return flags;
    }

    private static FieldMapping IgnoringCase(FieldMapping mapping) => mapping with
    {
        Values = mapping.Values.ToDictionary(value => value.Key.Trim(), value => value.Value, StringComparer.OrdinalIgnoreCase),
    };
}
