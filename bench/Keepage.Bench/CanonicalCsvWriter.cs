using System.Globalization;
using System.Text;

namespace Keepage.Bench;

/// <summary>
/// Writes a large canonical referral CSV fast (no object per row): made-up providers with check-digit-valid NPIs,
/// practices, departments, three years of referral dates and the usual funnel of statuses. Deterministic per seed; rows come in referral-date order, as EHR exports usually do.
/// </summary>
internal sealed class CanonicalCsvWriter(int seed = 7)
{
    private const string Header =
        "referral_id,source,patient_id,referring_npi,referring_name,referring_practice_id,referring_practice_name," +
        "referred_to_npi,referred_to_department,specialty,service_line,referral_date,status,scheduled_date," +
        "appointment_date,completed_date,in_network,procedure_code,payer,priority";

    private static readonly string[] Departments = ["Cardiology", "Orthopedics", "Gastroenterology", "Neurology", "Dermatology", "Oncology"];
    private static readonly string[] Payers = ["Acme Health", "Blue Meadow", "Medicare", "Medicaid", "Self pay"];
    private static readonly string[] Families = ["Okafor", "Lindqvist", "Muñoz", "Haddad", "Nakamura", "Brennan", "Adeyemi", "Kowalski"];
    private static readonly DateOnly FirstDay = new(2023, 1, 1);

    public async Task WriteAsync(string path, int rows, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var providers = Enumerable.Range(0, 2000).Select(i => Npi(100_000_000 + (i * 4099))).ToArray();
        var specialists = Enumerable.Range(0, 200).Select(i => Npi(200_000_000 + (i * 7919))).ToArray();
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        await writer.WriteAsync(Header + "\n");
        var line = new StringBuilder(400);
        for (var i = 1; i <= rows; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Clear();
            Append(line, i, rows, random, providers, specialists);
            await writer.WriteAsync(line, cancellationToken);
        }
    }

    private static void Append(StringBuilder line, int i, int rows, Random random, string[] providers, string[] specialists)
    {
        var provider = random.Next(providers.Length);
        var department = Departments[random.Next(Departments.Length)];
        // Exports list referrals roughly in the order they were made: ids and dates rise together, with some jitter.
        var referred = FirstDay.AddDays(Math.Max(0, (int)((long)i * 3 * 365 / rows) - random.Next(5)));
        var outcome = random.Next(100);
        var status = outcome switch { < 15 => "pending", < 35 => "scheduled", < 80 => "completed", < 90 => "cancelled", < 95 => "no_show", _ => "declined" };
        var scheduled = outcome is >= 15 and < 95 ? Date(referred.AddDays(2 + random.Next(10))) : "";
        var appointment = outcome is >= 15 and < 95 ? Date(referred.AddDays(12 + random.Next(30))) : "";
        var completed = status == "completed" ? appointment : "";
        line.Append(CultureInfo.InvariantCulture, $"BR{i:D8},bench,MRN{random.Next(10_000_000):D8},{providers[provider]},")
            .Append(CultureInfo.InvariantCulture, $"Dr. {Families[provider % Families.Length]} {provider},PR{provider / 7:D4},Practice {provider / 7},")
            .Append(CultureInfo.InvariantCulture, $"{specialists[random.Next(specialists.Length)]},{department},{department},Ambulatory,")
            .Append(CultureInfo.InvariantCulture, $"{Date(referred)},{status},{scheduled},{appointment},{completed},")
            .Append(random.Next(10) < 8 ? "true" : "false")
            .Append(CultureInfo.InvariantCulture, $",{99200 + random.Next(15)},{Payers[random.Next(Payers.Length)]},routine\n");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The NPI check digit: Luhn over "80840" followed by the first nine digits.
    private static string Npi(int firstNine)
    {
        var digits = "80840" + firstNine.ToString("D9", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0)
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            sum += digit;
        }
        return firstNine.ToString("D9", CultureInfo.InvariantCulture) + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
