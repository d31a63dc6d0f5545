using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Keepage.Cli.Configuration;

public static class KeepageConfigLoader
{
    private static readonly string[] KnownFormats = ["auto", "csv", "hl7v2", "fhir"];

    public static KeepageConfig Load(string path)
    {
        if (!File.Exists(path))
            throw new ConfigException($"Configuration file '{path}' does not exist.");
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        KeepageConfig config;
        try
        {
            config = deserializer.Deserialize<KeepageConfig?>(File.ReadAllText(path)) ?? new KeepageConfig();
        }
        catch (YamlException e)
        {
            throw new ConfigException($"{path}({e.Start.Line},{e.Start.Column}): {e.InnerException?.Message ?? e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner gives up this way when the file ends inside an unclosed [ or {.
            throw new ConfigException($"{path}: not valid YAML: the file ends inside an unclosed [ or {{.", e);
        }
        // An empty section ("crm:" with nothing under it) deserialises as null; it means "defaults".
        config.Store ??= new StoreConfig();
        config.Privacy ??= new PrivacyConfig();
        config.Sources ??= [];
        config.Crm ??= new CrmConfig();
        config.Analysis ??= new AnalysisConfig();
        config.Kpis ??= new();
        config.Alerts ??= new();
        config.Publish ??= new();
        if (config.Crm.Dataverse is { } dataverse)
            dataverse.Schema ??= new();
        if (config.Crm.Salesforce is { } salesforce)
            salesforce.Schema ??= new();
        Validate(config, path);
        return config;
    }

    private static void Validate(KeepageConfig config, string path)
    {
        if (config.Sources.Count == 0)
            throw new ConfigException($"{path}: 'sources' must list at least one export source.");
        foreach (var source in config.Sources)
        {
            if (string.IsNullOrWhiteSpace(source.Name) || string.IsNullOrWhiteSpace(source.Folder) == (source.Blob is null))
                throw new ConfigException($"{path}: every source needs a 'name' and either a 'folder' or a 'blob' container.");
            if (source.Blob is { } blob)
            {
                SecretReference.EnsureReference(blob.ConnectionString, $"sources '{source.Name}' blob.connectionString", path);
                if (string.IsNullOrWhiteSpace(blob.Container))
                    throw new ConfigException($"{path}: source '{source.Name}' needs blob.container.");
            }
            if (!KnownFormats.Contains(source.Format ?? ""))
                throw new ConfigException($"{path}: source '{source.Name}' has format '{source.Format}'; use one of {string.Join(", ", KnownFormats)}.");
        }
        if (config.Crm.Dataverse is { } dataverse)
        {
            if (!Uri.TryCreate(dataverse.Url, UriKind.Absolute, out _))
                throw new ConfigException($"{path}: crm.dataverse.url must be an absolute URL.");
            SecretReference.EnsureReference(dataverse.ClientSecret, "crm.dataverse.clientSecret", path);
        }
        if (config.Crm.Salesforce is { } salesforce)
        {
            if (!Uri.TryCreate(salesforce.LoginUrl, UriKind.Absolute, out _))
                throw new ConfigException($"{path}: crm.salesforce.loginUrl must be an absolute URL.");
            var jwt = string.Equals(salesforce.AuthFlow, "jwtBearer", StringComparison.OrdinalIgnoreCase);
            if (jwt)
                SecretReference.EnsureReference(salesforce.PrivateKey, "crm.salesforce.privateKey", path);
            else
                SecretReference.EnsureReference(salesforce.ClientSecret, "crm.salesforce.clientSecret", path);
        }
        SecretReference.EnsureReference(config.Privacy.PatientKey, "privacy.patientKey", path);
    }
}
