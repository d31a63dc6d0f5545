using System.Text;
using Keepage.Connectors.Ehr.Fhir;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>Reads FHIR text straight through a reader, for tests about single records.</summary>
internal static class FhirRead
{
    public static FhirExportReader NewReader(FhirReaderOptions? options = null) =>
        new(FhirIngest.Pseudonymizer, FhirIngest.Source, options);

    public static async Task<List<MappedRecord>> AllAsync(string text, FhirExportReader? reader = null) =>
        await AllAsync(Encoding.UTF8.GetBytes(text), reader);

    public static async Task<List<MappedRecord>> AllAsync(byte[] bytes, FhirExportReader? reader = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        return await (reader ?? NewReader()).ReadAsync(new MemoryStream(bytes), cancellationToken).ToListAsync(cancellationToken);
    }

    public static async Task<Referral> ReferralAsync(string text, FhirExportReader? reader = null)
    {
        var record = Assert.Single(await AllAsync(text, reader));
        Assert.Null(record.RejectionReason);
        return Assert.IsType<Referral>(record.Referral);
    }

    public static async Task<string> RejectionAsync(string text, FhirExportReader? reader = null) =>
        Assert.IsType<string>(Assert.Single(await AllAsync(text, reader)).RejectionReason);

    public static async Task<ReferralUpdate> UpdateAsync(string text, FhirExportReader? reader = null)
    {
        var record = Assert.Single(await AllAsync(text, reader));
        Assert.Null(record.RejectionReason);
        return Assert.IsType<ReferralUpdate>(record.Update);
    }
}
