using System.Globalization;
using Keepage.Core.Referrals;

namespace Keepage.Core.Generation;

// Writes rows in the canonical referral CSV layout, RFC 4180: CRLF line ends, a field quoted when it holds a comma, a
// quote or a line break, quotes inside doubled. Dates are ISO (yyyy-MM-dd).
internal static class ReferralCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "referral_id", "source", "patient_id", "referring_npi", "referring_name", "referring_practice_id",
        "referring_practice_name", "referred_to_npi", "referred_to_department", "specialty", "service_line",
        "referral_date", "status", "scheduled_date", "appointment_date", "completed_date", "in_network",
        "procedure_code", "payer", "priority",
    ];

    public static void Write(IEnumerable<DemoReferral> rows, TextWriter writer)
    {
        WriteRecord(writer, Columns);
        foreach (var row in rows)
            WriteRecord(writer, Fields(row));
    }

    public static string Quote(string? field) =>
        field is null ? "" :
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" :
        field;

    private static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                writer.Write(',');
            writer.Write(Quote(fields[i]));
        }
        writer.Write("\r\n");
    }

    private static string?[] Fields(DemoReferral row)
    {
        var r = row.Referral;
        return
        [
            r.ReferralId, r.Source, row.PatientId, r.ReferringNpi, r.ReferringName, r.ReferringPracticeId,
            r.ReferringPracticeName, r.ReferredToNpi, r.ReferredToDepartment, r.Specialty, r.ServiceLine,
            row.ReferralDateText ?? Iso(r.ReferralDate), r.Status.ToCanonical(), Iso(r.ScheduledDate), Iso(r.AppointmentDate),
            Iso(r.CompletedDate), r.InNetwork switch { true => "true", false => "false", null => "" },
            r.ProcedureCode, r.Payer, r.Priority,
        ];
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
