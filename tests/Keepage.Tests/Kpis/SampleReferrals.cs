using System.Globalization;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Kpis;

// Small hand-made referrals for KPI and alert tests.
internal static class SampleReferrals
{
    public const string JaneSmith = "1234567893";
    public const string OmarReyes = "1245319599";
    public const string LenaPark = "1679576722";

    private static int _sequence;

    // A valid NPI built from a nine-digit prefix.
    public static string Npi(int prefix)
    {
        var nine = prefix.ToString("D9", CultureInfo.InvariantCulture);
        return nine + Keepage.Core.Referrals.Npi.ComputeCheckDigit(nine).ToString(CultureInfo.InvariantCulture);
    }

    public static Referral On(DateOnly date, string? npi, string? name = null, string? practiceId = "P1", string? practiceName = null) => new()
    {
        ReferralId = "R" + Interlocked.Increment(ref _sequence).ToString(CultureInfo.InvariantCulture),
        Source = "test",
        PatientKey = "patient-key-that-must-not-leak",
        ReferringNpi = npi,
        ReferringName = name,
        ReferringPracticeId = practiceId,
        ReferringPracticeName = practiceName,
        ReferralDate = date,
        Status = ReferralStatus.Completed,
    };

    // count referrals from one provider in the month of month, spread over its days.
    public static IEnumerable<Referral> InMonth(DateOnly month, int count, string? npi, string? name = null, string? practiceId = "P1") =>
        Enumerable.Range(0, count).Select(i => On(new DateOnly(month.Year, month.Month, 1 + i % 28), npi, name, practiceId));
}
