using System.Text;
using Keepage.Connectors.Ehr.Fhir;
using static Keepage.Tests.Ehr.Fhir.FhirJson;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>JSON, NDJSON and XML told apart by content; NDJSON streamed line by line within its bounds.</summary>
public sealed class FhirLayoutTests
{
    private static readonly string Requester = Reference($"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|{ValidNpi}");

    [Fact]
    public async Task ReadsNdjsonWithCrlfBlankLinesAndByteOrderMark()
    {
        var text = "\uFEFF" + ServiceRequest("a", requester: Requester) + "\r\n\r\n" + ServiceRequest("b", requester: Requester) + "\r\n";

        var records = await FhirRead.AllAsync(text);

        Assert.Equal(["a", "b"], records.Select(record => record.Referral?.ReferralId));
        Assert.Equal([1, 2], records.Select(record => record.RecordNumber));
    }

    [Fact]
    public async Task ReadsAPrettyPrintedBundle()
    {
        var bundle = Bundle((null, Practitioner("p1", ValidNpi)), (null, ServiceRequest(requester: Reference("Practitioner/p1"))))
            .Replace(",", ",\n  ", StringComparison.Ordinal).Replace("{", "{\n", StringComparison.Ordinal);

        var record = Assert.Single(await FhirRead.AllAsync(bundle));

        Assert.Equal((2, ValidNpi), (record.RecordNumber, record.Referral?.ReferringNpi));
    }

    [Fact]
    public async Task ReadsAnXmlBundleWithAContainedRequester()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Bundle xmlns="http://hl7.org/fhir">
              <type value="collection"/>
              <entry><resource><ServiceRequest>
                <id value="x-1"/>
                <contained><Practitioner><id value="p"/><identifier><system value="http://hl7.org/fhir/sid/us-npi"/><value value="1234567893"/></identifier></Practitioner></contained>
                <status value="completed"/><intent value="order"/>
                <code><coding><system value="http://snomed.info/sct"/><code value="3457005"/></coding></code>
                <subject><identifier><value value="MRN-1"/></identifier></subject>
                <authoredOn value="2024-01-09"/>
                <requester><reference value="#p"/></requester>
              </ServiceRequest></resource></entry>
            </Bundle>
            """;

        var referral = await FhirRead.ReferralAsync(xml);

        Assert.Equal(("x-1", ValidNpi, Keepage.Core.Referrals.ReferralStatus.Completed), (referral.ReferralId, referral.ReferringNpi, referral.Status));
        Assert.Equal(FhirIngest.Pseudonymizer.Pseudonymize("MRN-1"), referral.PatientKey);
    }

    [Fact]
    public async Task RejectsOnlyTheBadEntryOfAJsonBundle()
    {
        var bad = ServiceRequest("bad", requester: Requester, authoredOn: "05/03/2024");
        var bundle = Bundle((null, ServiceRequest("good-1", requester: Requester)), (null, bad), (null, ServiceRequest("good-2", requester: Requester)));

        var records = await FhirRead.AllAsync(bundle);

        Assert.Equal(["good-1", null, "good-2"], records.Select(record => record.Referral?.ReferralId));
        Assert.Equal("Bundle.entry[1].resource.authoredOn is not a valid FHIR value (PVAL124)", records[1].RejectionReason);
    }

    [Fact]
    public async Task RejectsOnlyTheBadEntryOfAnXmlBundle()
    {
        const string entry = """
            <entry><resource><ServiceRequest><id value="{0}"/><status value="active"/>
              <category><coding><system value="http://snomed.info/sct"/><code value="3457005"/></coding></category>
              <authoredOn value="{1}"/><requester><display value="Dr A"/></requester></ServiceRequest></resource></entry>
            """;
        var xml = $"<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/>{string.Format(System.Globalization.CultureInfo.InvariantCulture, entry, "x1", "not a date")}{string.Format(System.Globalization.CultureInfo.InvariantCulture, entry, "x2", "2024-02-03")}</Bundle>";

        var records = await FhirRead.AllAsync(xml);

        Assert.Equal([null, "x2"], records.Select(record => record.Referral?.ReferralId));
        Assert.Equal("Bundle.entry[0].resource.authoredOn is not a valid FHIR value (PVAL124)", records[0].RejectionReason);
    }

    [Fact]
    public async Task ReadsUtf16Xml()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-16"?>
            <ServiceRequest xmlns="http://hl7.org/fhir"><id value="u16"/><status value="active"/>
              <category><coding><system value="http://snomed.info/sct"/><code value="3457005"/></coding></category>
              <authoredOn value="2024-02-03"/><requester><display value="Dr Ünal"/></requester></ServiceRequest>
            """;

        var records = await FhirRead.AllAsync([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]);

        Assert.Equal("Dr Ünal", Assert.Single(records).Referral?.ReferringName);
    }

    [Fact]
    public async Task StreamsNdjsonWithoutReadingTheWholeFile()
    {
        var line = Encoding.UTF8.GetBytes(ServiceRequest(requester: Requester) + "\n");
        var stream = new RepeatingStream(line, times: 20_000);
        var cancellationToken = TestContext.Current.CancellationToken;

        await using var records = FhirRead.NewReader().ReadAsync(stream, cancellationToken).GetAsyncEnumerator(cancellationToken);
        Assert.True(await records.MoveNextAsync());

        Assert.NotNull(records.Current.Referral);
        Assert.True(stream.Position < stream.Length / 10, $"read {stream.Position} of {stream.Length} bytes before the first record");
    }

    [Fact]
    public async Task RejectsAnOverlongLineAndReadsOn()
    {
        var reader = FhirRead.NewReader(new FhirReaderOptions { Limits = new FhirReadLimits { MaxLineBytes = 2048 } });
        var longLine = ServiceRequest("long", requester: Requester, extra: $"\"note\":[{{\"text\":\"{new string('x', 5000)}\"}}]");
        var text = string.Join("\n", ServiceRequest("a", requester: Requester), longLine, ServiceRequest("b", requester: Requester));

        var records = await FhirRead.AllAsync(text, reader);

        Assert.Equal([null, "the NDJSON line is longer than 2048 bytes", null], records.Select(record => record.RejectionReason));
        Assert.Equal(["a", null, "b"], records.Select(record => record.Referral?.ReferralId));
    }

    [Fact]
    public async Task RejectsOnlyTheBrokenLineOfAnNdjsonFile()
    {
        var text = string.Join("\n", ServiceRequest("a", requester: Requester), "{\"resourceType\":\"ServiceRequest\",\"id\":\"b\"}", "{\"resourceType\":", ServiceRequest("c", requester: Requester));

        var records = await FhirRead.AllAsync(text);

        Assert.Equal(4, records.Count);
        Assert.StartsWith("not well-formed JSON", records[2].RejectionReason, StringComparison.Ordinal);
        Assert.Equal("c", records[3].Referral?.ReferralId);
    }

    [Fact]
    public async Task GivesNoRecordsForABulkManifest()
    {
        const string manifest = """
            {
              "transactionTime": "2024-08-06T18:12:57Z",
              "request": "https://example.com/fhir/Group/1/$export",
              "requiresAccessToken": true,
              "output": [{ "type": "ServiceRequest", "url": "https://example.com/files/ServiceRequest.000.ndjson" }],
              "error": []
            }
            """;

        Assert.Empty(await FhirRead.AllAsync(manifest));
    }

    [Fact]
    public async Task GivesNoRecordsForAnEmptyFile()
    {
        Assert.Empty(await FhirRead.AllAsync("\n  \n"));
    }
}
