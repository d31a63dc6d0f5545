using CsCheck;
using Keepage.Core.Alerts;

namespace Keepage.Tests.Alerts;

public sealed class PoissonTests
{
    // Reference values summed with 60-80 significant digits (Python decimal).
    [Theory]
    [InlineData(2, 11.0, 1.210873307292810e-03)]
    [InlineData(0, 5.0, 6.737946999085467e-03)]
    [InlineData(3, 12.0, 2.291791207791422e-03)]
    [InlineData(77, 100.0, 1.000799540787181e-02)]
    [InlineData(30, 60.0, 1.417434333349225e-05)]
    [InlineData(1000, 1000.0, 5.084093671685060e-01)]
    [InlineData(4800, 5000.0, 2.269403878343364e-03)]
    [InlineData(5100, 5000.0, 9.220376654593789e-01)]
    [InlineData(150, 100.5, 9.999983972835277e-01)]
    public void MatchesHighPrecisionReferenceValues(int k, double mean, double expected) =>
        AssertClose(expected, Poisson.Cdf(k, mean), 1e-10);

    [Fact]
    public void MatchesDirectSummationForModerateMeans() =>
        Gen.Select(Gen.Int[0, 80], Gen.Double[0.01, 60]).Sample((k, mean) =>
        {
            double term = Math.Exp(-mean), sum = term;
            for (var i = 1; i <= k; i++)
            {
                term *= mean / i;
                sum += term;
            }
            AssertClose(Math.Min(sum, 1), Poisson.Cdf(k, mean), 1e-10);
        });

    [Fact]
    public void RisesWithTheCountAndFallsWithTheMean() =>
        Gen.Select(Gen.Int[0, 3000], Gen.Double[0.001, 3000], Gen.Double[0, 50]).Sample((k, mean, step) =>
        {
            var p = Poisson.Cdf(k, mean);
            Assert.InRange(p, 0, 1);
            Assert.True(Poisson.Cdf(k + 1, mean) >= p);
            Assert.True(Poisson.Cdf(k, mean + step) <= p * (1 + 1e-12));
        });

    [Fact]
    public void ConsecutiveDifferencesAreTheProbabilityMass() =>
        Gen.Select(Gen.Int[1, 500], Gen.Double[0.5, 400]).Sample((k, mean) =>
        {
            var mass = Math.Exp(Poisson.LogPmf(k, mean));
            Assert.True(Math.Abs(Poisson.Cdf(k, mean) - Poisson.Cdf(k - 1, mean) - mass) <= 1e-12 + 1e-9 * mass);
        });

    [Fact]
    public void StirlingSeriesAgreesWithExactSummationWhereItTakesOver()
    {
        var exact = Enumerable.Range(2, 19).Sum(i => Math.Log(i));
        for (var n = 21; n <= 400; n++)
        {
            exact += Math.Log(n);
            AssertClose(exact, Poisson.LogFactorial(n), 1e-13);
        }
    }

    [Fact]
    public void HandlesTheEdges()
    {
        Assert.Equal(0, Poisson.Cdf(-1, 3));
        Assert.Equal(1, Poisson.Cdf(0, 0));
        Assert.Equal(1, Poisson.Cdf(5, 1e-9), 12);
        Assert.Equal(0, Poisson.Cdf(0, 1e6));
        Assert.Throws<ArgumentOutOfRangeException>(() => Poisson.Cdf(1, -0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Poisson.Cdf(1, double.NaN));
    }

    private static void AssertClose(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
