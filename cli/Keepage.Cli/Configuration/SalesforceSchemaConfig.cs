using Keepage.Connectors.Salesforce;

namespace Keepage.Cli.Configuration;

/// <summary>
/// <c>crm.salesforce.schema</c>: the org's object and field names. Every setting is optional; field maps override single
/// canonical fields and keep the other defaults.
/// </summary>
public sealed class SalesforceSchemaConfig
{
    public string? ContactNpiField { get; set; }
    public string? AccountPracticeIdField { get; set; }
    public string? KpiObject { get; set; }
    public string? KpiExternalIdField { get; set; }
    public string? AlertObject { get; set; }
    public string? AlertExternalIdField { get; set; }

    /// <summary>Canonical KPI field to object field, for the fields whose name differs from the default.</summary>
    public Dictionary<string, string>? KpiFields { get; set; }

    /// <summary>Canonical alert field to Task field, for the fields whose name differs from the default.</summary>
    public Dictionary<string, string>? AlertFields { get; set; }

    public void ApplyTo(SalesforceSchemaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ContactNpiField = ContactNpiField ?? options.ContactNpiField;
        options.AccountPracticeIdField = AccountPracticeIdField ?? options.AccountPracticeIdField;
        options.KpiObject = KpiObject ?? options.KpiObject;
        options.KpiExternalIdField = KpiExternalIdField ?? options.KpiExternalIdField;
        options.AlertObject = AlertObject ?? options.AlertObject;
        options.AlertExternalIdField = AlertExternalIdField ?? options.AlertExternalIdField;
        foreach (var (field, name) in KpiFields ?? [])
            options.KpiFields[field] = name;
        foreach (var (field, name) in AlertFields ?? [])
            options.AlertFields[field] = name;
    }
}
