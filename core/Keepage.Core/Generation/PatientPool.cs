using System.Globalization;

namespace Keepage.Core.Generation;

// Synthetic patient ids ("MRN" + 8 digits); some patients are referred again by the same practice.
internal sealed class PatientPool
{
    private const double ReturningShare = 0.15;
    private readonly Dictionary<string, List<string>> _byPractice = new(StringComparer.Ordinal);

    public string Next(Random rng, string practiceId)
    {
        if (!_byPractice.TryGetValue(practiceId, out var seen))
            _byPractice[practiceId] = seen = [];
        if (seen.Count > 0 && rng.Chance(ReturningShare))
            return rng.Pick(seen);
        var patient = "MRN" + rng.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
        seen.Add(patient);
        return patient;
    }
}
