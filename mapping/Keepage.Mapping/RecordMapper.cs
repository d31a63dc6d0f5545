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
    private const string MissingReferringProvider = "missing referring provider";
    private readonly SourceProfile _profile;
    private readonly PatientPseudonymizer _pseudonymizer;
    private readonly ProviderResolution? _providers;

    /// <param name="profile">The source profile.</param>
    /// <param name="pseudonymizer">Keys patient ids.</param>
    /// <param name="crosswalk">Required when the profile has a <c>crosswalk</c> section; ignored otherwise.</param>
    public RecordMapper(SourceProfile profile, PatientPseudonymizer pseudonymizer, ProviderCrosswalk? crosswalk = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        _profile = profile with { Fields = profile.Fields.ToDictionary(field => field.Key, field => IgnoringCase(field.Value)) };
        _pseudonymizer = pseudonymizer;
        if (profile.Crosswalk is { } mapping)
        {
            _providers = new ProviderResolution(mapping, crosswalk ?? throw new MappingProfileException(
                $"Profile '{profile.Name}' translates provider ids through a crosswalk: give the crosswalk file (crosswalk: path in the profile, or --crosswalk)."));
        }
    }

    /// <param name="recordNumber">1-based data record number in the file.</param>
    /// <param name="column">The record's value in a column, by header name (or 1-based number without a header); null when the record has no such column.</param>
    public MappedRecord Map(int recordNumber, Func<string, string?> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var fields = new RecordFields(_profile, column);
        List<string> crosswalkFlags = [];
        var referral = Read(fields);
        if (_providers is not null)
        {
            referral = _providers.Resolve(referral, fields, crosswalkFlags);
            if (referral.ReferringNpi is null && referral.ReferringName is null && fields.Problems.Count == 0)
                fields.Problems.Add(MissingReferringProvider);
        }
        if (fields.Problems.Count > 0)
            return MappedRecord.Rejected(recordNumber, string.Join("; ", fields.Problems));
        var patientId = fields.Text(PatientId);
        return MappedRecord.Accepted(recordNumber, referral with
        {
            PatientKey = patientId is null ? null : _pseudonymizer.Pseudonymize(patientId),
            Flags = [.. Flags(referral, patientId is null), .. crosswalkFlags],
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
            .Where(field => !field.Value.Optional)
            .Select(field => (field.Key, field.Value.Columns))
            .Concat(CrosswalkColumns())
            .Where(field => !field.Columns.Any(present.Contains))
            .Select(field => $"{field.Key} ({string.Join(" or ", field.Columns.Select(name => $"'{name}'"))})")
            .ToList();
        return missing.Count == 0 ? null : $"the file has no column for {string.Join(", ", missing)}";
    }

    private IEnumerable<(string Key, IReadOnlyList<string> Columns)> CrosswalkColumns()
    {
        if (_profile.Crosswalk is not { } crosswalk)
            yield break;
        if (crosswalk.ReferringProviderIdColumns.Count > 0)
            yield return ("referring_provider_id", crosswalk.ReferringProviderIdColumns);
        if (crosswalk.ReferredToProviderIdColumns.Count > 0)
            yield return ("referred_to_provider_id", crosswalk.ReferredToProviderIdColumns);
    }

    private Referral Read(RecordFields fields)
    {
        var referralId = fields.Text(ReferralId);
        if (referralId is null)
            fields.Problems.Add("referral_id is missing");
        var referralDate = fields.Date(ReferralDate, required: true);
        var referringNpi = fields.Text(ReferringNpi);
        var referringName = fields.Text(ReferringName);
        // With a crosswalk the provider is only known after the ids are translated (see Map).
        if (referringNpi is null && referringName is null && _providers is null)
            fields.Problems.Add(MissingReferringProvider);
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
