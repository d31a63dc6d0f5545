using Keepage.Connectors.Ehr.Hl7v2.Wire;

namespace Keepage.Tests.Ehr.Hl7v2;

public sealed class Hl7v2DateTests
{
    [Theory]
    [InlineData("20240301", "2024-03-01")]
    [InlineData("2024030123", "2024-03-01")]
    [InlineData("202403012359", "2024-03-01")]
    [InlineData("20240301235959", "2024-03-01")]
    [InlineData("20210803131511.0147+0000", "2021-08-03")]
    [InlineData("202110201126+0215", "2021-10-20")]
    [InlineData("202108022330-0500", "2021-08-02")]
    [InlineData("20240229", "2024-02-29")]
    public void ReadsTheDateAsWritten(string text, string expected)
    {
        Assert.True(Hl7v2Date.TryParse(text, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("202403")]
    [InlineData("202403011")]
    [InlineData("20230229")]
    [InlineData("20241301")]
    [InlineData("00000101")]
    [InlineData("20240301246000")]
    [InlineData("2024030112.5")]
    [InlineData("20240301120000.12345")]
    [InlineData("20240301+25")]
    [InlineData("20240301+2560")]
    [InlineData("2024-03-01")]
    [InlineData("1/2/2024")]
    [InlineData("２０２４０３０１")]
    public void RefusesWhatIsNotAFullHl7Date(string text) => Assert.False(Hl7v2Date.TryParse(text, out _));
}
