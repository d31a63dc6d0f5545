using System.Reflection;
using System.Text.Json.Nodes;
using Keepage.Cli.Configuration;
using Keepage.Cli.Validation;

namespace Keepage.Tests.Config;

public sealed class ConfigSchemaTests
{
    private const string Valid = """
        privacy:
          patientKey: env:KEEPAGE_PATIENT_KEY
        sources:
          - name: clinic
            folder: exports
        """;

    public static TheoryData<string> SampleConfigurations()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "samples");
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).Where(IsConfiguration).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryRoot.Path, path));
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleConfigurations))]
    public void AcceptsEveryConfigurationInSamples(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot.Path, relativePath);

        var problems = ConfigSchema.Check(YamlDocument.Parse(File.ReadAllText(path)), Path.GetFileName(path));

        Assert.Empty(problems);
    }

    [Fact]
    public void SamplesHoldMoreThanOneConfiguration() => Assert.True(SampleConfigurations().Count >= 2);

    [Theory]
    [InlineData("unknown top-level section", "storage:\n  path: x.db\n", "storage", "unknown setting 'storage'")]
    [InlineData("misspelt setting", "sources:\n  - name: a\n    folder: b\n    profil: canonical\n", "sources[0].profil", "did you mean 'profile'?")]
    [InlineData("inline secret", "crm:\n  dataverse:\n    url: https://x.crm.dynamics.com\n    clientId: app\n    clientSecret: hunter2\n", "crm.dataverse.clientSecret", "")]
    [InlineData("format not known", "sources:\n  - name: a\n    folder: b\n    format: hl7\n", "sources[0].format", "did you mean 'hl7v2'?")]
    [InlineData("negative count", "kpis:\n  minimumCellSize: -3\n", "kpis.minimumCellSize", "")]
    [InlineData("text for a number", "alerts:\n  dormantDays: sixty\n", "alerts.dormantDays", "")]
    [InlineData("unknown canonical field", "crm:\n  dataverse:\n    url: https://x.crm.dynamics.com\n    clientId: app\n    clientSecret: env:S\n    schema:\n      kpiColumns:\n        valeu: kpg_value\n", "crm.dataverse.schema.kpiColumns.valeu", "did you mean 'value'?")]
    [InlineData("CRM name with a space", "crm:\n  salesforce:\n    loginUrl: https://x.my.salesforce.com\n    clientId: app\n    schema:\n      kpiObject: Referral KPI\n", "crm.salesforce.schema.kpiObject", "")]
    [InlineData("date in another format", "analysis:\n  asOf: 01/03/2024\n", "analysis.asOf", "")]
    [InlineData("url that is not one", "crm:\n  salesforce:\n    loginUrl: contoso\n    clientId: app\n", "crm.salesforce.loginUrl", "")]
    public void RejectsABrokenConfigurationAtTheSettingItBreaks(string why, string yaml, string setting, string message)
    {
        var text = yaml.StartsWith("sources:", StringComparison.Ordinal) ? "privacy:\n  patientKey: env:K\n" + yaml : Valid + "\n" + yaml;

        var problems = ConfigSchema.Check(YamlDocument.Parse(text), "broken.yaml");

        var problem = Assert.Single(problems, p => p.Setting == setting);
        Assert.True(problem.Line > 1, why);
        Assert.Contains(message, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsABlobSource()
    {
        var yaml = "privacy:\n  patientKey: env:K\nsources:\n  - name: a\n    blob:\n      connectionString: env:S\n      container: exports\n      prefix: in/\n";

        Assert.Empty(ConfigSchema.Check(YamlDocument.Parse(yaml), "blob.yaml"));
    }

    [Theory]
    [InlineData("sources:\n  - name: a\n    folder: b\n", "privacy")]
    [InlineData("privacy:\n  patientKey: env:K\nsources: []\n", "sources")]
    public void RejectsAConfigurationMissingARequiredSection(string yaml, string missing)
    {
        var problems = ConfigSchema.Check(YamlDocument.Parse(yaml), "broken.yaml");

        Assert.Contains(problems, p => p.Message.Contains(missing, StringComparison.Ordinal) || p.Setting == missing);
    }

    [Fact]
    public void KnowsEverySettingOfTheConfigurationModelAndNoOther()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "schemas", "keepage-config.schema.json")))!;

        var missing = new List<string>();
        Compare(typeof(KeepageConfig), "", missing);

        Assert.Empty(missing);
        Assert.Equal(Settings(typeof(KeepageConfig)).Order(StringComparer.Ordinal), ConfigSchema.KnownNames("").Order(StringComparer.Ordinal));
        Assert.NotNull(schema["$defs"]?["crmField"]);
    }

    private static void Compare(Type type, string pointer, List<string> missing)
    {
        var known = ConfigSchema.KnownNames(pointer);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var name = JsonNamingPolicyCamel(property.Name);
            if (!known.Contains(name))
                missing.Add($"{pointer}/{name}");
            var inner = property.PropertyType;
            if (inner.IsGenericType && inner.GetGenericTypeDefinition() == typeof(List<>))
                Compare(inner.GetGenericArguments()[0], $"{pointer}/{name}/0", missing);
            else if (inner.IsClass && inner != typeof(string) && !inner.IsGenericType)
                Compare(inner, $"{pointer}/{name}", missing);
        }
        foreach (var name in known.Where(n => !Settings(type).Contains(n)))
            missing.Add($"{pointer}/{name} (in the schema, not in {type.Name})");
    }

    private static List<string> Settings(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => JsonNamingPolicyCamel(p.Name))];

    private static string JsonNamingPolicyCamel(string name) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name);

    private static bool IsConfiguration(string path) =>
        File.ReadLines(path).Any(line => line.StartsWith("sources:", StringComparison.Ordinal)) &&
        File.ReadLines(path).Any(line => line.StartsWith("privacy:", StringComparison.Ordinal));
}
