using System.ComponentModel.DataAnnotations;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce;

/// <summary>
/// The org's names for what Keepage reads and writes (section <c>Keepage:Crm:Salesforce:Schema</c>). Defaults match
/// infra/crm/salesforce: KPIs in <c>Referral_KPI__c</c>, alerts as Tasks keyed by <c>Keepage_Alert_Key__c</c>.
/// A canonical field left out of a map is not written; every mapped field is checked with describe before writing.
/// </summary>
public sealed class SalesforceSchemaOptions
{
    public ProviderNpiSource NpiSource { get; set; } = ProviderNpiSource.ContactField;

    [Required]
    public string ContactNpiField { get; set; } = "NPI__c";

    [Required]
    public string AccountPracticeIdField { get; set; } = "Practice_Id__c";

    [Required]
    public string KpiObject { get; set; } = "Referral_KPI__c";

    [Required]
    public string KpiExternalIdField { get; set; } = "Keepage_Key__c";

    [Required]
    public string AlertObject { get; set; } = "Task";

    [Required]
    public string AlertExternalIdField { get; set; } = "Keepage_Alert_Key__c";

    /// <summary>Canonical field (<see cref="CrmFields"/>) to KPI object field.</summary>
    public Dictionary<string, string> KpiFields { get; set; } = new(StringComparer.Ordinal)
    {
        [CrmFields.Name] = "Name",
        [CrmFields.Kpi] = "KPI__c",
        [CrmFields.Grain] = "Grain__c",
        [CrmFields.SubjectId] = "Subject_Id__c",
        [CrmFields.SubjectName] = "Subject_Name__c",
        [CrmFields.PeriodType] = "Period_Type__c",
        [CrmFields.PeriodStart] = "Period_Start__c",
        [CrmFields.Value] = "Value__c",
        [CrmFields.PreviousValue] = "Previous_Value__c",
        [CrmFields.ChangePercent] = "Change_Percent__c",
        [CrmFields.Count] = "Count__c",
        [CrmFields.Coverage] = "Coverage__c",
    };

    /// <summary>Canonical field to Task field; the severity goes to Priority through <see cref="SeverityPriorities"/>.</summary>
    public Dictionary<string, string> AlertFields { get; set; } = new(StringComparer.Ordinal)
    {
        [CrmFields.Name] = "Subject",
        [CrmFields.Description] = "Description",
        [CrmFields.Severity] = "Priority",
    };

    public Dictionary<string, string> SeverityPriorities { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["high"] = "High",
        ["medium"] = "Normal",
        ["low"] = "Low",
    };

    /// <summary>Status of a new alert Task. An existing Task's Status is never sent, so a completed one stays completed.</summary>
    [Required]
    public string NewAlertStatus { get; set; } = "Not Started";

    /// <summary>A new alert Task's ActivityDate (due date) is this many days after the run.</summary>
    [Range(0, 365)]
    public int AlertDueInDays { get; set; } = 7;
}
