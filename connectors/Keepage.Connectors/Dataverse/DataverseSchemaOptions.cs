using System.ComponentModel.DataAnnotations;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The organisation's Dataverse names for what Keepage reads and writes (section <c>Keepage:Crm:Dataverse:Schema</c>).
/// Defaults match the Keepage solution: KPIs in <c>kpg_referralkpi</c>, alerts in the activity table <c>kpg_leakagealert</c>.
/// </summary>
public sealed class DataverseSchemaOptions
{
    [Required]
    public string ContactNpiColumn { get; set; } = "kpg_npi";

    [Required]
    public string AccountPracticeIdColumn { get; set; } = "accountnumber";

    /// <summary>Outreach activity entity sets and the kind each one records (its logical name).</summary>
    public Dictionary<string, string> OutreachActivitySets { get; set; } = new(StringComparer.Ordinal)
    {
        ["appointments"] = "appointment",
        ["phonecalls"] = "phonecall",
    };

    [Required]
    public string KpiEntitySet { get; set; } = "kpg_referralkpis";

    [Required]
    public string KpiIdColumn { get; set; } = "kpg_referralkpiid";

    [Required]
    public string KpiKeyColumn { get; set; } = "kpg_key";

    [Required]
    public string AlertEntitySet { get; set; } = "kpg_leakagealerts";

    [Required]
    public string AlertLogicalName { get; set; } = "kpg_leakagealert";

    [Required]
    public string AlertKeyColumn { get; set; } = "kpg_key";

    /// <summary>Canonical field name (<see cref="CrmFields"/>) to KPI column.</summary>
    public Dictionary<string, string> KpiColumns { get; set; } = DefaultColumns(new() { [CrmFields.Name] = "kpg_name" });

    /// <summary>Canonical field name to alert column; alerts are activities, so the name is the subject.</summary>
    public Dictionary<string, string> AlertColumns { get; set; } =
        DefaultColumns(new() { [CrmFields.Name] = "subject", [CrmFields.Description] = "description" });

    // Every canonical field maps to kpg_<name without underscores> unless overridden, e.g. period_start -> kpg_periodstart.
    private static Dictionary<string, string> DefaultColumns(Dictionary<string, string> overrides)
    {
        var columns = typeof(CrmFields).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToDictionary(name => name, name => "kpg_" + name.Replace("_", "", StringComparison.Ordinal), StringComparer.Ordinal);
        foreach (var (field, column) in overrides)
            columns[field] = column;
        return columns;
    }
}
