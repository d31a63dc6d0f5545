namespace Keepage.Core.Alerts;

/// <summary>
/// The Poisson lower tail P(X ≤ k | λ), computed in log space so large means neither overflow nor lose the tail.
/// Below the mean it sums the terms down from k (each smaller than the last); at or above it, it returns one minus
/// the upper tail summed up from k + 1. Either way the sum is of shrinking terms, so it has full relative accuracy.
/// </summary>
public static class Poisson
{
    private const double Negligible = 1e-17;

    public static double Cdf(int k, double mean)
    {
        if (!double.IsFinite(mean) || mean < 0)
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "The Poisson mean must be finite and not negative.");
        if (k < 0)
            return 0;
        if (mean == 0)
            return 1;
        return k < mean
            ? Math.Exp(LogPmf(k, mean) + Math.Log(TermsDownFrom(k, mean)))
            : 1 - UpperTail(k, mean);
    }

    public static double LogPmf(int k, double mean) =>
        k == 0 ? -mean : -mean + k * Math.Log(mean) - LogFactorial(k);

    // Sum over i = 0..k of pmf(i) / pmf(k); the ratio of consecutive terms is i / λ, below 1 here.
    private static double TermsDownFrom(int k, double mean)
    {
        double term = 1, sum = 1;
        for (var i = k; i > 0 && term > sum * Negligible; i--)
        {
            term *= i / mean;
            sum += term;
        }
        return sum;
    }

    // Sum over i > k of pmf(i); the ratio of consecutive terms is λ / (i + 1), below 1 here.
    private static double UpperTail(int k, double mean)
    {
        var term = Math.Exp(LogPmf(k + 1, mean));
        var sum = 0.0;
        for (var i = k + 1; term > 0 && term >= sum * Negligible; i++)
        {
            sum += term;
            term *= mean / (i + 1);
        }
        return sum;
    }

    // ln(n!): exact summation up to 20, then Stirling's series (error below 1e-12 from n = 21).
    internal static double LogFactorial(int n)
    {
        if (n <= 20)
        {
            var sum = 0.0;
            for (var i = 2; i <= n; i++)
                sum += Math.Log(i);
            return sum;
        }
        double x = n, x2 = x * x;
        return x * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI * x)
            + 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x * x2 * x2);
    }
}
