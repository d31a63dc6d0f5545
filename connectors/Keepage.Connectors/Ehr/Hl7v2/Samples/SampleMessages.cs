using System.Globalization;
using System.Text;
using Keepage.Connectors.Ehr.Hl7v2.Wire;

namespace Keepage.Connectors.Ehr.Hl7v2.Samples;

/// <summary>
/// Writes the two synthetic message shapes: a v2.5.1 REF^I12 (RF1, PRD RP and RT with NPI in PRD-7, PID, PV1) and a
/// SIU^S12 booking whose SCH-26 placer order number is the referral's RF1-6. Text values go through the escaper,
/// so names like "Ortiz &amp; Reyes" exercise \T\. Segments end with CR, as the standard says.
/// </summary>
internal static class SampleMessages
{
    private static readonly Hl7v2Delimiters Delimiters = Hl7v2Delimiters.Standard;

    public static string Referral(SampleReferral referral, int controlId)
    {
        var text = new StringBuilder(1024);
        Header(text, referral.ReferredAt, "REF^I12^REF_I12", controlId);
        Segment(text, "RF1", (1, "P^Pending^HL70283"), (2, "R^Routine^HL70280"), (3, "Med^Medical^HL70281"),
            (5, "O^Outpatient^HL70284"), (6, $"{referral.ReferralId}^KEEPAGE"), (7, Date(referral.ReferredAt)),
            (8, Date(referral.ReferredAt.AddDays(90))), (9, Date(referral.ReferredAt)));
        Provider(text, "RP^Referring Provider^HL70286", referral.Referring, referral.ReferredAt);
        Provider(text, "RT^Referred to Provider^HL70286", referral.ReferredTo, referral.ReferredAt);
        Patient(text, referral);
        Segment(text, "PV1", (1, "1"), (2, "O"));
        return text.ToString();
    }

    public static string Booking(SampleReferral referral, DateTime bookedAt, DateTime start, int controlId)
    {
        var text = new StringBuilder(768);
        Header(text, bookedAt, "SIU^S12^SIU_S12", controlId);
        var appointment = $"A{controlId.ToString(CultureInfo.InvariantCulture)}";
        Segment(text, "SCH", (1, appointment), (2, appointment), (7, "ROUTINE^Routine visit^HL70276"), (8, "NORMAL"),
            (9, "30"), (10, "min"), (11, $"^^30^{Stamp(start)}^{Stamp(start.AddMinutes(30))}"), (25, "Booked"),
            (26, $"{referral.ReferralId}^KEEPAGE"));
        Segment(text, "TQ1", (1, "1"), (7, Stamp(start)), (8, Stamp(start.AddMinutes(30))));
        Patient(text, referral);
        Segment(text, "RGS", (1, "1"));
        Segment(text, "AIS", (1, "1"), (2, "A"), (3, "CONSULT^Consultation^L"), (4, Stamp(start)), (7, "30"), (8, "min"));
        var seenBy = referral.ReferredTo;
        var seenByXcn = $"{seenBy.Id}^{Escape(seenBy.Family)}^{Escape(seenBy.Given)}^^^^^^NPI&{Hl7v2Providers.NpiOid}&ISO^L^^^NPI";
        Segment(text, "AIP", (1, "1"), (3, seenByXcn));
        return text.ToString();
    }

    private static void Header(StringBuilder text, DateTime at, string type, int controlId) =>
        Segment(text, "MSH", (2, Delimiters.EncodingCharacters), (3, "KEEPAGE-SAMPLE"), (4, "REFERRING"), (5, "KEEPAGE"),
            (6, "HOSPITAL"), (7, Stamp(at)), (9, type), (10, $"MSG{controlId.ToString("D8", CultureInfo.InvariantCulture)}"),
            (11, "P"), (12, "2.5.1"), (15, "AL"), (16, "NE"), (17, "USA"), (18, "UNICODE UTF-8"));

    private static void Provider(StringBuilder text, string role, SampleParty provider, DateTime at) =>
        Segment(text, "PRD", (1, role), (2, $"{Escape(provider.Family)}^{Escape(provider.Given)}^^^DR^MD"),
            (4, $"^^^{Escape(provider.Organization)}"), (7, $"{provider.Id}^NPI"), (8, Date(at.AddYears(-3))),
            (10, Escape(provider.Organization)));

    private static void Patient(StringBuilder text, SampleReferral referral) =>
        Segment(text, "PID", (1, "1"), (3, $"{referral.Patient.Id}^^^KEEPAGE^MR"),
            (5, $"{Escape(referral.Patient.Family)}^{Escape(referral.Patient.Given)}"),
            (7, referral.BirthDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)), (8, "U"));

    // Fields by number, in increasing order; the gaps are empty fields. MSH starts at field 2 because MSH-1 is the
    // separator written right after the segment ID.
    private static void Segment(StringBuilder text, string id, params (int Number, string Value)[] fields)
    {
        text.Append(id);
        var next = id == "MSH" ? 2 : 1;
        foreach (var (number, value) in fields)
        {
            for (; next <= number; next++)
                text.Append(Delimiters.Field);
            text.Append(value);
        }
        text.Append('\r');
    }

    private static string Escape(string value) => Hl7v2Escaping.Escape(value, Delimiters);

    private static string Date(DateTime at) => at.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Stamp(DateTime at) => at.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture) + "-0500";
}
