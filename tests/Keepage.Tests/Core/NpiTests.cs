using CsCheck;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Core;

public sealed class NpiTests
{
    [Theory]
    [InlineData("1234567893")]
    [InlineData("1245319599")]
    [InlineData("1679576722")]
    public void AcceptsPublishedValidNpis(string npi) => Assert.True(Npi.IsValid(npi));

    [Theory]
    [InlineData("1234567890")]
    [InlineData("123456789")]
    [InlineData("12345678931")]
    [InlineData("12345a7893")]
    [InlineData("")]
    [InlineData(null)]
    public void RejectsMalformedOrWrongCheckDigit(string? npi) => Assert.False(Npi.IsValid(npi));

    [Fact]
    public void ExactlyOneCheckDigitMakesAnyNinePrefixValid() =>
        Gen.Long[100_000_000, 999_999_999].Sample(prefix =>
        {
            var nine = prefix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var valid = Enumerable.Range(0, 10).Count(d => Npi.IsValid(nine + d));
            Assert.Equal(1, valid);
            Assert.True(Npi.IsValid(nine + Npi.ComputeCheckDigit(nine)));
        });
}
