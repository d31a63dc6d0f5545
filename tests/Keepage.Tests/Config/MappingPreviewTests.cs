using Keepage.Cli.Commands;
using Keepage.Cli.Configuration;
using Keepage.Cli.Preview;

namespace Keepage.Tests.Config;

public sealed class MappingPreviewTests
{
    private static readonly string ConfigPath = Path.Combine(RepositoryRoot.Path, "samples", "config", "keepage-full.yaml");
    private static readonly string Sample = Path.Combine(RepositoryRoot.Path, "samples", "profiles", "example-clinic.csv");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShowsTheQuarantineReasonOfARowThatWouldBeRejected()
    {
        var config = KeepageConfigLoader.Load(ConfigPath);

        var result = await MappingPreview.RunAsync(config, ConfigPath, "example-clinic", Sample, 20, Cancellation);
        var output = new StringWriter();
        MappingPreviewCommand.Print(output, result, config.Crm);

        var rejected = Assert.Single(result.Records, r => r.RejectionReason is not null);
        Assert.Contains($"record {rejected.RecordNumber}: quarantined: {rejected.RejectionReason}", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("referral_date", rejected.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsTheCanonicalRecordAndThePayloadEachCrmWouldReceive()
    {
        var config = KeepageConfigLoader.Load(ConfigPath);

        var result = await MappingPreview.RunAsync(config, ConfigPath, "example-clinic", Sample, 3, Cancellation);
        var output = new StringWriter();
        MappingPreviewCommand.Print(output, result, config.Crm);
        var text = output.ToString();

        Assert.Equal(3, result.Records.Count);
        Assert.Contains("  referral_id: EX-0001", text, StringComparison.Ordinal);
        Assert.Contains("  referring_npi: 1500000017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SYN-900001", text, StringComparison.Ordinal);
        Assert.Contains("dataverse: PATCH kpg_referralkpis(kpg_key='referral_volume.provider.1500000017.month.2024-01')", text, StringComparison.Ordinal);
        Assert.Contains("\"kpg_value\":1", text, StringComparison.Ordinal);
        Assert.Contains("salesforce: PATCH sobjects/Referral_KPI__c/Keepage_Key__c/referral_volume.provider.1500000017.month.2024-01", text, StringComparison.Ordinal);
        Assert.Contains("\"Value__c\":1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowsAnAppointmentMessageAsAnUpdateOfThePatientsReferral()
    {
        if (RepositoryRoot.Shared is not { } shared)
        {
            Assert.Skip("The shared samples folder (../shared beside the repository) is absent; this preview reads a real SIU sample.");
            return;
        }
        var config = KeepageConfigLoader.Load(ConfigPath);
        config.Sources[0].Format = "hl7v2";
        var sample = Path.Combine(shared, "samples", "hl7v2", "ms-fhir-converter_SIU-S12-01.hl7");

        var result = await MappingPreview.RunAsync(config, ConfigPath, "example-clinic", sample, 5, Cancellation);
        var output = new StringWriter();
        MappingPreviewCommand.Print(output, result, config.Crm);

        Assert.Contains("record 1: update of the patient's referral (linked by patient, no order number): status scheduled, " +
            "scheduled_date 2021-09-14, appointment_date 2021-09-24", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAnUnknownSourceNamingTheConfiguredOnes()
    {
        var config = KeepageConfigLoader.Load(ConfigPath);

        var error = await Assert.ThrowsAsync<ConfigException>(() => MappingPreview.RunAsync(config, ConfigPath, "clinic", Sample, 3, Cancellation));

        Assert.Contains("'example-clinic'", error.Message, StringComparison.Ordinal);
    }
}
