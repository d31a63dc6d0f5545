using System.Xml.Linq;
using Keepage.Connectors.Salesforce;

namespace Keepage.Tests.Salesforce;

/// <summary>infra/crm/salesforce deploys exactly what the default mapping writes.</summary>
public sealed class SalesforceMetadataTests
{
    private static readonly XNamespace Metadata = "http://soap.sforce.com/2006/04/metadata";

    private static string Infra(params string[] parts) => Path.Combine([SalesforceFixtures.Repository()!, "infra", "crm", "salesforce", .. parts]);

    [Fact]
    public void KpiObjectHasAFieldForEveryDefaultMappingAndAUniqueExternalIdKey()
    {
        var schema = new SalesforceSchemaOptions();
        var fields = Directory.GetFiles(Infra("objects", schema.KpiObject, "fields"), "*.field-meta.xml")
            .Select(f => Path.GetFileName(f).Replace(".field-meta.xml", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(schema.KpiFields.Values.Where(f => f != "Name").Append(schema.KpiExternalIdField).Order(StringComparer.Ordinal), fields);
        var key = XDocument.Load(Infra("objects", schema.KpiObject, "fields", schema.KpiExternalIdField + ".field-meta.xml")).Root!;
        Assert.Equal(("true", "true"), (key.Element(Metadata + "externalId")?.Value, key.Element(Metadata + "unique")?.Value));
    }

    [Fact]
    public void ActivityContactAndAccountFieldsMatchTheDefaultMapping()
    {
        var schema = new SalesforceSchemaOptions();

        foreach (var (sObject, field) in new[] { ("Activity", schema.AlertExternalIdField), ("Contact", schema.ContactNpiField), ("Account", schema.AccountPracticeIdField) })
        {
            var xml = XDocument.Load(Infra("objects", sObject, "fields", field + ".field-meta.xml")).Root!;
            Assert.Equal((field, "true"), (xml.Element(Metadata + "fullName")?.Value, xml.Element(Metadata + "externalId")?.Value));
        }
    }

    [Fact]
    public void PermissionSetLetsTheIntegrationUserEditEveryKeepageField()
    {
        var xml = XDocument.Load(Infra("permissionsets", "Keepage_Integration.permissionset-meta.xml")).Root!;
        var editable = xml.Elements(Metadata + "fieldPermissions").Where(p => p.Element(Metadata + "editable")?.Value == "true")
            .Select(p => p.Element(Metadata + "field")!.Value).ToHashSet(StringComparer.Ordinal);
        var schema = new SalesforceSchemaOptions();

        Assert.All(schema.KpiFields.Values.Where(f => f != "Name"), f => Assert.Contains($"{schema.KpiObject}.{f}", editable));
        Assert.Contains($"Activity.{schema.AlertExternalIdField}", editable);
    }
}
