using System.Text;
using Keepage.Connectors.Ehr.Fhir;

namespace Keepage.Tests.Ehr.Fhir;

public sealed class BulkExportManifestTests
{
    private const string Manifest = """
        {
          "transactionTime": "2024-08-06T18:12:57Z",
          "request": "https://example.com/fhir/Group/1/$export?_type=ServiceRequest,Practitioner,Appointment",
          "requiresAccessToken": true,
          "output": [
            { "type": "Appointment", "url": "https://example.com/files/Appointment.000.ndjson" },
            { "type": "ServiceRequest", "url": "https://example.com/files/ServiceRequest.000.ndjson", "count": 12 },
            { "type": "Practitioner", "url": "https://example.com/files/Practitioner.000.ndjson" }
          ],
          "error": [{ "type": "OperationOutcome", "url": "https://example.com/files/err.ndjson" }]
        }
        """;

    private static Task<BulkExportManifest?> ReadAsync(string text) =>
        BulkExportManifest.TryReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);

    [Fact]
    public async Task ListsFilesWithProvidersFirst()
    {
        var manifest = Assert.IsType<BulkExportManifest>(await ReadAsync(Manifest));

        Assert.Equal(["Practitioner", "ServiceRequest", "Appointment"], manifest.InReadingOrder().Select(file => file.Type));
        Assert.Equal(12, manifest.Output.Single(file => file.Type == "ServiceRequest").Count);
        Assert.Equal("OperationOutcome", Assert.Single(manifest.Errors).Type);
    }

    [Theory]
    [InlineData("""{"resourceType":"Bundle","output":[]}""")]
    [InlineData("""{"transactionTime":"x"}""")]
    [InlineData("not json")]
    [InlineData("[]")]
    public async Task IsNotAManifest(string text)
    {
        Assert.Null(await ReadAsync(text));
    }
}
