using Keepage.Core.Crm;
using Keepage.Core.Text;

namespace Keepage.Connectors.Dataverse.Metadata;

/// <summary>
/// Compares Keepage's Dataverse mapping with the organisation's metadata: tables by entity set, columns by logical
/// name (case-insensitively, as Dataverse matches them), key columns against the tables' alternate keys. One
/// finding per problem, with the nearest existing name when one is close.
/// </summary>
internal sealed class SchemaRules(string target, IReadOnlyDictionary<string, TableMetadata> tables, IReadOnlyCollection<string> entitySets)
{
    private readonly List<CrmSchemaFinding> _findings = [];
    private readonly HashSet<string> _missingTables = new(StringComparer.Ordinal);

    public IReadOnlyList<CrmSchemaFinding> Check(DataverseSchemaOptions schema)
    {
        Columns("contacts", [schema.ContactNpiColumn]);
        Columns("accounts", [schema.AccountPracticeIdColumn]);
        foreach (var entitySet in schema.OutreachActivitySets.Keys)
            Table(entitySet);
        if (Columns(schema.KpiEntitySet, [schema.KpiIdColumn, .. Mapped(schema.KpiEntitySet, schema.KpiColumns, WrittenFields.Kpi)]) is { } kpis)
            Key(kpis, schema.KpiKeyColumn);
        if (Columns(schema.AlertEntitySet, Mapped(schema.AlertEntitySet, schema.AlertColumns, WrittenFields.Alert)) is { } alerts)
        {
            Key(alerts, schema.AlertKeyColumn);
            if (!string.Equals(alerts.LogicalName, schema.AlertLogicalName, StringComparison.OrdinalIgnoreCase))
                Add(schema.AlertEntitySet, null, $"'{schema.AlertLogicalName}' is not the logical name of entity set '{schema.AlertEntitySet}'", alerts.LogicalName);
        }
        return _findings;
    }

    private TableMetadata? Table(string entitySet)
    {
        if (tables.TryGetValue(entitySet, out var table))
            return table;
        if (_missingTables.Add(entitySet))
            Add(entitySet, null, $"entity set '{entitySet}' does not exist", NearestName.Suggest(entitySet, entitySets));
        return null;
    }

    private TableMetadata? Columns(string entitySet, IEnumerable<string> columns)
    {
        if (Table(entitySet) is not { } table)
            return null;
        foreach (var column in columns.Distinct(StringComparer.OrdinalIgnoreCase).Where(c => !Has(table.Columns, c)))
            Add(entitySet, column, $"column '{column}' does not exist in table '{table.LogicalName}'", NearestName.Suggest(column, table.Columns));
        return table;
    }

    // A written field with no column mapped fails every record of its kind, so it is a finding too.
    private List<string> Mapped(string entitySet, Dictionary<string, string> columns, IReadOnlyList<string> written)
    {
        foreach (var field in written.Where(f => !columns.ContainsKey(f)))
            Add(entitySet, field, $"no column is mapped for Keepage field '{field}'", NearestName.Suggest(field, columns.Keys));
        return [.. written.Where(columns.ContainsKey).Select(f => columns[f])];
    }

    private void Key(TableMetadata table, string column)
    {
        if (!Has(table.Columns, column))
        {
            Columns(table.EntitySetName, [column]);
            return;
        }
        var key = table.Keys.FirstOrDefault(k => k.Columns.Count == 1 && string.Equals(k.Columns[0], column, StringComparison.OrdinalIgnoreCase));
        if (key is null)
            Add(table.EntitySetName, column, $"column '{column}' is not an alternate key of table '{table.LogicalName}'",
                NearestName.Suggest(column, table.Keys.Where(k => k.Columns.Count == 1).Select(k => k.Columns[0])));
        else if (!key.IsActive)
            Add(table.EntitySetName, column, $"the alternate key on '{column}' is {key.Status}, not Active, so upserts by it fail");
    }

    private static bool Has(IEnumerable<string> names, string name) => names.Contains(name, StringComparer.OrdinalIgnoreCase);

    private void Add(string table, string? field, string problem, string? suggestion = null) =>
        _findings.Add(new CrmSchemaFinding(target, table, field, problem, suggestion));
}
