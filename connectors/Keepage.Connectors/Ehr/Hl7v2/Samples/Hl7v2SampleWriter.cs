using System.Globalization;
using System.Text;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Hl7v2.Samples;

/// <summary>
/// Writes a deterministic stream of valid synthetic HL7 v2 messages for benchmarks and tests: REF^I12 referrals, and
/// SIU^S12 bookings (SCH-26 = RF1-6) for about 70 % of them, each booking after its referral. The same seed gives the
/// same bytes. All names, ids and NPIs are made up (NPIs pass the check digit); no value comes from real data.
/// </summary>
public sealed class Hl7v2SampleWriter(int seed = 1, bool mllp = false)
{
    private const double BookedShare = 0.7;
    private static readonly string[] Families =
        ["Okafor", "Lindqvist", "Muñoz", "Haddad", "Nakamura", "Brennan", "Adeyemi", "Kowalski", "Ferreira", "Chen"];
    private static readonly string[] Givens = ["Ada", "Tomas", "Priya", "Kwame", "Ines", "Yuki", "Omar", "Greta", "Luis", "Mei"];
    private static readonly string[] Practices =
        ["Ortiz & Reyes Pediatrics", "Lakeside Family Medicine", "North Hill Internal Medicine", "Cedar Clinic", "Riverbend Primary Care"];
    private static readonly string[] Departments = ["Cardiology", "Orthopedics", "Gastroenterology", "Neurology", "Dermatology"];

    /// <summary>Writes <paramref name="messageCount"/> messages as UTF-8 without BOM, CR after each segment (MLLP-framed when asked).</summary>
    public async Task<Hl7v2SampleCounts> WriteAsync(Stream destination, int messageCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await using var writer = new StreamWriter(destination, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var referrals = 0;
        foreach (var (text, isReferral) in Generate(messageCount))
        {
            cancellationToken.ThrowIfCancellationRequested();
            referrals += isReferral ? 1 : 0;
            await writer.WriteAsync(mllp ? $"\v{text}\u001c\r" : text);
        }
        await writer.FlushAsync(cancellationToken);
        return new Hl7v2SampleCounts(referrals, messageCount - referrals);
    }

    /// <summary>The messages one by one (text with CR segment terminators, no framing).</summary>
    public IEnumerable<string> Messages(int messageCount) => Generate(messageCount).Select(message => message.Text);

    private IEnumerable<(string Text, bool IsReferral)> Generate(int messageCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(messageCount);
        var rng = new Random(seed);
        var providers = Enumerable.Range(0, 200).Select(i => Provider(i, Practices[i % Practices.Length])).ToArray();
        var specialists = Enumerable.Range(200, 25).Select(i => Provider(i, Departments[i % Departments.Length])).ToArray();
        var waiting = new Queue<SampleReferral>();
        var start = new DateTime(2025, 1, 2, 8, 0, 0, DateTimeKind.Unspecified);
        for (var i = 1; i <= messageCount; i++)
        {
            if (waiting.Count > 0 && (rng.NextDouble() < 0.5 || waiting.Count > 20))
            {
                var booked = waiting.Dequeue();
                var bookedAt = booked.ReferredAt.AddHours(4 + rng.Next(0, 240));
                var visit = bookedAt.Date.AddDays(3 + rng.Next(0, 30)).AddHours(9 + rng.Next(0, 8));
                yield return (SampleMessages.Booking(booked, bookedAt, visit, i), false);
                continue;
            }
            var referral = new SampleReferral(
                $"R{seed.ToString(CultureInfo.InvariantCulture)}-{i.ToString("D8", CultureInfo.InvariantCulture)}",
                start.AddMinutes(i * 7 + rng.Next(0, 7)),
                providers[rng.Next(providers.Length)],
                specialists[rng.Next(specialists.Length)],
                Patient(rng),
                new DateOnly(1940, 1, 1).AddDays(rng.Next(0, 29_000)));
            if (rng.NextDouble() < BookedShare)
                waiting.Enqueue(referral);
            yield return (SampleMessages.Referral(referral, i), true);
        }
    }

    private static SampleParty Provider(int index, string organization)
    {
        var firstNine = (100_000_000 + index * 7_919).ToString(CultureInfo.InvariantCulture);
        var npi = firstNine + Npi.ComputeCheckDigit(firstNine).ToString(CultureInfo.InvariantCulture);
        return new SampleParty(npi, Families[index % Families.Length], Givens[index / Families.Length % Givens.Length], organization);
    }

    private static SampleParty Patient(Random rng) =>
        new($"MRN{rng.Next(1, 99_999_999).ToString("D8", CultureInfo.InvariantCulture)}",
            Families[rng.Next(Families.Length)], Givens[rng.Next(Givens.Length)], "");
}
