using System.Text;
using Keepage.Connectors.Ehr;

namespace Keepage.Tests.Ehr.Csv;

public sealed class ExportFormatDetectorTests
{
    private static ExportFormat Detect(string text) => ExportFormatDetector.Detect(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("MSH|^~\\&|EPIC|HOSP|||20240101||REF^I12|1|P|2.5\r")]
    [InlineData("\r\nMSH^~|\\&|APP\r")]
    [InlineData("FHS|^~\\&|APP\rBHS|^~\\&\rMSH|^~\\&\r")]
    [InlineData("BHS|^~\\&|APP\r")]
    [InlineData("\vMSH|^~\\&|APP\r\u001c\r")]
    public void DetectsHl7v2(string text) => Assert.Equal(ExportFormat.Hl7v2, Detect(text));

    [Theory]
    [InlineData("{\"resourceType\":\"ServiceRequest\",\"id\":\"1\"}")]
    [InlineData("{\"resourceType\":\"Practitioner\"}\n{\"resourceType\":\"Practitioner\"}\n")]
    [InlineData("  [ {\"resourceType\": \"Bundle\"} ]")]
    [InlineData("{\"transactionTime\":\"2024-01-01\",\"request\":\"x\",\"output\":[]}")]
    [InlineData("<?xml version=\"1.0\"?><ServiceRequest xmlns=\"http://hl7.org/fhir\"><id value=\"1\"/></ServiceRequest>")]
    public void DetectsFhir(string text) => Assert.Equal(ExportFormat.Fhir, Detect(text));

    [Theory]
    [InlineData("referral_id,referral_date\nR1,2024-01-01\n")]
    [InlineData("REFERRAL_ID\tPAT_ID\r\n1\t2\r\n")]
    [InlineData("MSHA,B,C\n1,2,3\n")]
    [InlineData("")]
    public void FallsBackToDelimitedText(string text) => Assert.Equal(ExportFormat.Csv, Detect(text));

    [Theory]
    [InlineData("{\"name\":\"not fhir\"}")]
    [InlineData("<html><body>report</body></html>")]
    public void CallsJsonAndXmlWithoutFhirMarkersUnknown(string text) => Assert.Equal(ExportFormat.Unknown, Detect(text));

    [Fact]
    public void DetectsThroughAByteOrderMark()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("MSH|^~\\&|APP\r")];

        Assert.Equal(ExportFormat.Hl7v2, ExportFormatDetector.Detect(bytes));
    }

    [Fact]
    public void CallsBinaryAndNestedArchivesUnknown()
    {
        Assert.Equal(ExportFormat.Unknown, ExportFormatDetector.Detect([0x25, 0x50, 0x44, 0x46, 0x00, 0x9C]));
        Assert.Equal(ExportFormat.Unknown, ExportFormatDetector.Detect([0x1F, 0x8B, 0x08, 0x00]));
        Assert.Equal(ExportFormat.Unknown, ExportFormatDetector.Detect("PK\u0003\u0004rest"u8));
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("HL7V2", ExportFormat.Hl7v2)]
    [InlineData("fhir", ExportFormat.Fhir)]
    [InlineData("auto", null)]
    public void ParsesFormatNames(string name, ExportFormat? expected) => Assert.Equal(expected, ExportFormats.Parse(name));
}
