namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// The columns EntityDefinitions lists for each known table: the standard ones Keepage reads or a client commonly
/// writes, and Keepage's own from infra/crm/dataverse/provision.sh. Rows may still hold other columns; only the
/// metadata is limited to these.
/// </summary>
internal static class TableColumns
{
    private static readonly AttributeDefinition[] SystemColumns =
    [
        new("createdon", "DateTime"), new("modifiedon", "DateTime"), new("versionnumber", "BigInt"),
        new("statecode", "State"), new("statuscode", "Status"), new("ownerid", "Owner"),
    ];

    private static readonly AttributeDefinition[] Activity =
    [
        new("activityid", "Uniqueidentifier"), new("subject", "String"), new("description", "Memo"),
        new("scheduledstart", "DateTime"), new("scheduledend", "DateTime"), new("actualstart", "DateTime"), new("actualend", "DateTime"),
        new("regardingobjectid", "Lookup"), new("activitytypecode", "EntityName"), new("prioritycode", "Picklist"),
    ];

    private static readonly Dictionary<string, AttributeDefinition[]> Own = new(StringComparer.Ordinal)
    {
        ["contact"] =
        [
            new("contactid", "Uniqueidentifier"), new("fullname", "String"), new("firstname", "String"), new("lastname", "String"),
            new("emailaddress1", "String"), new("telephone1", "String"), new("jobtitle", "String"), new("parentcustomerid", "Customer"),
            new("kpg_npi", "String"),
        ],
        ["account"] =
        [
            new("accountid", "Uniqueidentifier"), new("name", "String"), new("accountnumber", "String"), new("telephone1", "String"),
            new("fax", "String"), new("emailaddress1", "String"), new("address1_city", "String"), new("parentaccountid", "Lookup"),
            new("primarycontactid", "Lookup"), new("description", "Memo"), new("revenue", "Money"),
        ],
        ["systemuser"] = [new("systemuserid", "Uniqueidentifier"), new("fullname", "String"), new("internalemailaddress", "String")],
        ["appointment"] = [new("location", "String")],
        ["phonecall"] = [new("phonenumber", "String"), new("directioncode", "Boolean")],
        ["task"] = [new("percentcomplete", "Integer")],
        ["kpg_referralkpi"] =
        [
            new("kpg_referralkpiid", "Uniqueidentifier"), new("kpg_name", "String"), new("kpg_key", "String"), new("kpg_kpi", "String"),
            new("kpg_grain", "String"), new("kpg_subjectid", "String"), new("kpg_subjectname", "String"), new("kpg_periodtype", "String"),
            new("kpg_periodstart", "DateTime"), new("kpg_value", "Decimal"), new("kpg_previousvalue", "Decimal"),
            new("kpg_changepercent", "Decimal"), new("kpg_count", "Integer"), new("kpg_coverage", "Decimal"),
        ],
        ["kpg_leakagealert"] =
        [
            new("kpg_key", "String"), new("kpg_rule", "String"), new("kpg_subjecttype", "String"), new("kpg_subjectid", "String"),
            new("kpg_period", "String"), new("kpg_severity", "String"), new("kpg_expected", "Decimal"), new("kpg_observed", "Decimal"),
        ],
    };

    public static IReadOnlyList<AttributeDefinition> Of(string logicalName, bool isActivity) =>
        [.. isActivity ? Activity : [], .. Own.GetValueOrDefault(logicalName) ?? [], .. SystemColumns];
}
