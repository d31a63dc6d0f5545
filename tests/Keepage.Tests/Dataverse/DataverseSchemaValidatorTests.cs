using Keepage.Connectors.Dataverse;
using Keepage.Connectors.Dataverse.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Tests.Dataverse;

/// <summary>The validator over HTTP against the emulator's EntityDefinitions, resolved as a host registers it.</summary>
public sealed class DataverseSchemaValidatorTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DefaultMappingIsValidWithTwoMetadataRequests()
    {
        await using var harness = await DataverseHarness.StartAsync();
        var validator = harness.Host.Services.GetRequiredService<DataverseSchemaValidator>();

        var findings = await validator.ValidateAsync(new DataverseSchemaOptions(), Cancel);

        Assert.Empty(findings);
        Assert.Equal(2, harness.Emulator.Requests.Count(r => r.PathAndQuery.Contains("/EntityDefinitions", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MisspeltNamesAreFoundWithTheNearestExistingName()
    {
        await using var harness = await DataverseHarness.StartAsync();
        var validator = harness.Host.Services.GetRequiredService<DataverseSchemaValidator>();
        var schema = new DataverseSchemaOptions { ContactNpiColumn = "kpg_nip", OutreachActivitySets = new() { ["phonecals"] = "phonecall" } };
        schema.KpiColumns["value"] = "kpg_valeu";

        var findings = await validator.ValidateAsync(schema, Cancel);

        Assert.Equal(
            [("contacts", "kpg_nip", "kpg_npi"), ("phonecals", null, "phonecalls"), ("kpg_referralkpis", "kpg_valeu", "kpg_value")],
            findings.Select(f => (f.Table, f.Field, f.Suggestion)));
        Assert.All(findings, f => Assert.Equal("dataverse", f.Target));
        Assert.Contains("does not exist", findings[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeyColumnThatIsNotAnAlternateKeyIsAFinding()
    {
        await using var harness = await DataverseHarness.StartAsync();
        var validator = harness.Host.Services.GetRequiredService<DataverseSchemaValidator>();

        var findings = await validator.ValidateAsync(new DataverseSchemaOptions { KpiKeyColumn = "kpg_name", AlertLogicalName = "kpg_leakagealerts" }, Cancel);

        Assert.Equal(2, findings.Count);
        Assert.Equal(("kpg_referralkpis", "kpg_name"), (findings[0].Table, findings[0].Field));
        Assert.Contains("is not an alternate key", findings[0].Problem, StringComparison.Ordinal);
        Assert.Equal(("kpg_leakagealerts", null, "kpg_leakagealert"), (findings[1].Table, findings[1].Field, findings[1].Suggestion));
    }
}
