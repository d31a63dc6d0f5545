using Keepage.Core.Alerts;
using Keepage.Core.Kpis;
using Keepage.Core.Publish;

namespace Keepage.Cli.Configuration;

/// <summary>
/// The run configuration an integration admin writes (YAML): where state lives, the PHI key reference, the export
/// sources and the CRM targets. Secrets are references (<c>env:NAME</c>), never inline. See docs/configuration.md.
/// </summary>
public sealed class KeepageConfig
{
    public StoreConfig Store { get; set; } = new();
    public PrivacyConfig Privacy { get; set; } = new();
    public List<SourceConfig> Sources { get; set; } = [];
    public CrmConfig Crm { get; set; } = new();
    public AnalysisConfig Analysis { get; set; } = new();

    /// <summary>KPI settings (docs/kpis-and-alerts.md); absent settings keep their defaults.</summary>
    public KpiSettings Kpis { get; set; } = new();

    /// <summary>Alert thresholds (docs/kpis-and-alerts.md); absent settings keep their defaults.</summary>
    public AlertSettings Alerts { get; set; } = new();

    /// <summary>Which KPI periods each run publishes to the CRMs.</summary>
    public PublishSettings Publish { get; set; } = new();
}

public sealed class StoreConfig
{
    /// <summary>The SQLite database file, relative to the configuration file.</summary>
    public string Path { get; set; } = "keepage-state/keepage.db";

    /// <summary>
    /// A reference (<c>env:NAME</c>) to a PostgreSQL connection string; when set, state lives there instead of <see cref="Path"/>.
    /// </summary>
    public string? ConnectionString { get; set; }
}

public sealed class PrivacyConfig
{
    /// <summary>Reference to the base64 HMAC key that pseudonymises patient ids (at least 32 bytes), e.g. <c>env:KEEPAGE_PATIENT_KEY</c>.</summary>
    public string? PatientKey { get; set; }
}

public sealed class SourceConfig
{
    public string Name { get; set; } = "";

    /// <summary>A local folder of exports, relative to the configuration file; or else <see cref="Blob"/>.</summary>
    public string Folder { get; set; } = "";

    /// <summary>An Azure Blob container of exports, instead of a folder.</summary>
    public BlobSourceConfig? Blob { get; set; }
    public string Include { get; set; } = "*.csv";

    /// <summary>A built-in profile name (<c>canonical</c>) or a profile YAML file relative to the configuration file.</summary>
    public string Profile { get; set; } = "canonical";

    /// <summary><c>auto</c> (detect each file by content), <c>csv</c>, <c>hl7v2</c> or <c>fhir</c>.</summary>
    public string Format { get; set; } = "auto";

    /// <summary>A provider crosswalk CSV (local provider id to NPI), relative to the configuration file; overrides the profile's.</summary>
    public string? Crosswalk { get; set; }
}

public sealed class CrmConfig
{
    public DataverseConfig? Dataverse { get; set; }
    public SalesforceConfig? Salesforce { get; set; }
}

public sealed class SalesforceConfig
{
    /// <summary>The org's My Domain URL, e.g. https://contoso.my.salesforce.com.</summary>
    public string LoginUrl { get; set; } = "";

    /// <summary><c>clientCredentials</c> (default) or <c>jwtBearer</c>.</summary>
    public string AuthFlow { get; set; } = "clientCredentials";
    public string ClientId { get; set; } = "";

    /// <summary>Reference to the connected app's secret (client credentials).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The user the JWT bearer flow signs in as.</summary>
    public string? Username { get; set; }

    /// <summary>Reference to the PEM private key that signs the JWT bearer assertion.</summary>
    public string? PrivateKey { get; set; }

    /// <summary>The org's object and field names; absent ones keep the defaults of infra/crm/salesforce.</summary>
    public SalesforceSchemaConfig Schema { get; set; } = new();
}

public sealed class DataverseConfig
{
    public string Url { get; set; } = "";
    public string? TenantId { get; set; }
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string? TokenEndpoint { get; set; }

    /// <summary>The organisation's table and column names; absent ones keep the defaults of infra/crm/dataverse.</summary>
    public DataverseSchemaConfig Schema { get; set; } = new();
}

public sealed class AnalysisConfig
{
    /// <summary>Fixes "today" for the analysis (yyyy-MM-dd); empty means the current date.</summary>
    public string? AsOf { get; set; }
}
