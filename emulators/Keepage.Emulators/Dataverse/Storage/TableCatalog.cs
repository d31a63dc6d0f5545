namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>The tables the emulator serves, found by entity set name or logical name.</summary>
internal sealed class TableCatalog
{
    // activitypointer.subject is 200 characters; the recorded 0x80044331 error names this limit.
    private static readonly Dictionary<string, int> ActivityLimits = new() { ["subject"] = 200 };

    private readonly Dictionary<string, TableDefinition> _bySet;
    private readonly Dictionary<string, TableDefinition> _byLogicalName;

    public TableCatalog(IEnumerable<TableDefinition> tables)
    {
        var list = tables.ToList();
        _bySet = list.ToDictionary(t => t.EntitySetName, StringComparer.Ordinal);
        _byLogicalName = list.ToDictionary(t => t.LogicalName, StringComparer.Ordinal);
    }

    public static TableCatalog Default { get; } = new(
    [
        new("contact", "contacts", "contactid", "fullname", []),
        new("account", "accounts", "accountid", "name", []) { MaxLengths = new Dictionary<string, int> { ["name"] = 160 } },
        new("systemuser", "systemusers", "systemuserid", "fullname", []),
        Activity("appointment", "appointments", []),
        Activity("phonecall", "phonecalls", []),
        Activity("task", "tasks", []),
        new("kpg_referralkpi", "kpg_referralkpis", "kpg_referralkpiid", "kpg_name", ["kpg_key"]),
        Activity("kpg_leakagealert", "kpg_leakagealerts", ["kpg_key"]),
    ]);

    public IEnumerable<TableDefinition> Tables => _bySet.Values;

    public TableDefinition? FindBySet(string entitySetName) => _bySet.GetValueOrDefault(entitySetName);

    public TableDefinition? FindByLogicalName(string logicalName) => _byLogicalName.GetValueOrDefault(logicalName);

    private static TableDefinition Activity(string logicalName, string entitySetName, IReadOnlyList<string> key) =>
        new(logicalName, entitySetName, "activityid", "subject", key, IsActivity: true) { MaxLengths = ActivityLimits };
}
