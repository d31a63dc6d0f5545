using System.Globalization;
using Keepage.Core.Referrals;

namespace Keepage.Core.Generation;

// Draws from the distributions the demo needs, all from one Random so a seed fixes the output.
internal static class DemoRandom
{
    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static double Uniform(this Random rng, double low, double high) => low + (high - low) * rng.NextDouble();

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static T PickWeighted<T>(this Random rng, IReadOnlyList<(T Item, double Weight)> items)
    {
        var roll = rng.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
                return item;
        }
        return items[^1].Item;
    }

    // Box-Muller; 1 - u keeps the logarithm's argument above zero.
    public static double Normal(this Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());

    // Exponential waiting time with the given mean, in whole days.
    public static int Days(this Random rng, double mean) => (int)Math.Floor(-mean * Math.Log(1 - rng.NextDouble()));

    // Inversion sampling; large means are split in halves so e^-mean never underflows.
    public static int Poisson(this Random rng, double mean)
    {
        if (mean > 50)
            return rng.Poisson(mean / 2) + rng.Poisson(mean / 2);
        var term = Math.Exp(-mean);
        var cumulative = term;
        var roll = rng.NextDouble();
        var k = 0;
        while (roll > cumulative && term > 0)
        {
            k++;
            term *= mean / k;
            cumulative += term;
        }
        return k;
    }

    // Fisher-Yates written out, so the order cannot change with a runtime's own shuffle.
    public static List<T> Shuffled<T>(this Random rng, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    // A random version-4 GUID, deterministic for the seed.
    public static Guid NextGuid(this Random rng)
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)(bytes[7] & 0x0F | 0x40);
        bytes[8] = (byte)(bytes[8] & 0x3F | 0x80);
        return new Guid(bytes);
    }

    // A ten-digit NPI starting with 1 whose check digit is valid.
    public static string NextNpi(this Random rng)
    {
        var firstNine = "1" + rng.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        return firstNine + Npi.ComputeCheckDigit(firstNine).ToString(CultureInfo.InvariantCulture);
    }
}
