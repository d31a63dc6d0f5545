using Keepage.Core.Privacy;
using Keepage.Mapping;

namespace Keepage.Tests.Mapping;

/// <summary>A small non-canonical profile and rows for it, written for these tests.</summary>
internal static class ClinicProfile
{
    public const string ValidNpi = "1234567893";
    public const string OtherValidNpi = "1245319599";
    public const string BadCheckDigitNpi = "1234567890";

    public const string Yaml = """
        name: test-clinic
        source: clinic-a
        fields:
          referral_id: Referral ID
          patient_id: MRN
          referring_npi: { column: Referring NPI, optional: true }
          referring_name: { column: [Referring Provider, Referring Physician], optional: true }
          referred_to_npi: { column: Referred To NPI, optional: true }
          specialty: { column: Specialty, optional: true }
          referral_date: { column: Ref Date, formats: [M/d/yyyy, yyyy-MM-dd] }
          scheduled_date: { column: Sched Date, formats: M/d/yyyy, optional: true }
          completed_date: { column: Done, formats: "M/d/yyyy h:mm:ss tt", optional: true }
          status:
            column: Status
            values: { Open: pending, Sched: scheduled, Closed: completed, Canceled: cancelled }
          in_network:
            column: In Network
            optional: true
            values: { Y: "true", N: "false", yes: "true", no: "false", "1": "true", "0": "false" }
        defaults:
          payer: Self pay
        """;

    public static SourceProfile Profile { get; } = SourceProfileLoader.Parse(Yaml, "test-clinic.yaml");

    public static PatientPseudonymizer Pseudonymizer { get; } = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    public static RecordMapper Mapper { get; } = new(Profile, Pseudonymizer);

    public static Dictionary<string, string> Row() => new()
    {
        ["Referral ID"] = "R-1001",
        ["MRN"] = "MRN-5550001",
        ["Referring NPI"] = ValidNpi,
        ["Referring Provider"] = "Dr. Ada Lovelace",
        ["Referred To NPI"] = OtherValidNpi,
        ["Specialty"] = "Cardiology",
        ["Ref Date"] = "3/7/2024",
        ["Sched Date"] = "",
        ["Status"] = "Open",
        ["In Network"] = "Y",
    };

    public static Func<string, string?> Lookup(Dictionary<string, string> row) => row.GetValueOrDefault;
}
