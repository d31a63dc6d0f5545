using Keepage.Connectors.Dataverse;

namespace Keepage.Cli.Configuration;

/// <summary>
/// <c>crm.dataverse.schema</c>: where the organisation keeps what Keepage reads and writes. Every setting is optional;
/// column maps override single canonical fields and keep the other defaults.
/// </summary>
public sealed class DataverseSchemaConfig
{
    public string? ContactNpiColumn { get; set; }
    public string? AccountPracticeIdColumn { get; set; }

    /// <summary>Outreach activity entity set to its table's logical name; replaces the default list when given.</summary>
    public Dictionary<string, string>? OutreachActivitySets { get; set; }

    public string? KpiEntitySet { get; set; }
    public string? KpiIdColumn { get; set; }
    public string? KpiKeyColumn { get; set; }
    public string? AlertEntitySet { get; set; }
    public string? AlertLogicalName { get; set; }
    public string? AlertKeyColumn { get; set; }

    /// <summary>Canonical KPI field to column, for the fields whose column differs from the default.</summary>
    public Dictionary<string, string>? KpiColumns { get; set; }

    /// <summary>Canonical alert field to column, for the fields whose column differs from the default.</summary>
    public Dictionary<string, string>? AlertColumns { get; set; }

    public void ApplyTo(DataverseSchemaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ContactNpiColumn = ContactNpiColumn ?? options.ContactNpiColumn;
        options.AccountPracticeIdColumn = AccountPracticeIdColumn ?? options.AccountPracticeIdColumn;
        if (OutreachActivitySets is { Count: > 0 })
            options.OutreachActivitySets = new(OutreachActivitySets, StringComparer.Ordinal);
        options.KpiEntitySet = KpiEntitySet ?? options.KpiEntitySet;
        options.KpiIdColumn = KpiIdColumn ?? options.KpiIdColumn;
        options.KpiKeyColumn = KpiKeyColumn ?? options.KpiKeyColumn;
        options.AlertEntitySet = AlertEntitySet ?? options.AlertEntitySet;
        options.AlertLogicalName = AlertLogicalName ?? options.AlertLogicalName;
        options.AlertKeyColumn = AlertKeyColumn ?? options.AlertKeyColumn;
        foreach (var (field, column) in KpiColumns ?? [])
            options.KpiColumns[field] = column;
        foreach (var (field, column) in AlertColumns ?? [])
            options.AlertColumns[field] = column;
    }
}
