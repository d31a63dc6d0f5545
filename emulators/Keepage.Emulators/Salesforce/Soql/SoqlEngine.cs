using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>Runs a parsed query over the store: bind, filter, sort, offset and limit.</summary>
internal sealed class SoqlEngine(RecordStore store)
{
    public (ObjectDefinition Object, IReadOnlyList<BoundPath> Fields, List<StoredRecord> Records) Run(string soql, DateTimeOffset now, bool includeDeleted)
    {
        var query = SoqlParser.Parse(soql, now);
        var root = store.Catalog.Find(query.Object) ?? throw SoqlError.UnknownObject(soql, query.ObjectColumn, query.Object);
        var fields = query.Fields.Select(f => BoundPath.Bind(store.Catalog, root, f, soql)).ToList();
        var orderBy = query.OrderBy.Select(o => (Path: BoundPath.Bind(store.Catalog, root, o.Field, soql), o.Descending, o.NullsLast)).ToList();
        var matches = store.Records(root, includeDeleted).Where(r => query.Where is null || Matches(query.Where, r, root, soql));
        var sorted = orderBy.Count == 0 ? matches : matches.Order(Comparer<StoredRecord>.Create((a, b) => CompareRecords(a, b, orderBy)));
        var page = sorted.Skip(query.Offset ?? 0).Take(query.Limit ?? int.MaxValue).ToList();
        return (root, fields, page);
    }

    private bool Matches(SoqlCondition condition, StoredRecord record, ObjectDefinition root, string soql) => condition switch
    {
        AndCondition and => Matches(and.Left, record, root, soql) && Matches(and.Right, record, root, soql),
        OrCondition or => Matches(or.Left, record, root, soql) || Matches(or.Right, record, root, soql),
        NotCondition not => !Matches(not.Inner, record, root, soql),
        ComparisonCondition comparison => Compare(comparison.Field, record, root, soql, (field, value) => ValueComparer.Compare(field, value, comparison.Operator, comparison.Value)),
        InCondition @in => Compare(@in.Field, record, root, soql, (field, value) => @in.Negated != @in.Values.Any(v => ValueComparer.Compare(field, value, "=", v))),
        LikeCondition like => Compare(like.Field, record, root, soql, (_, value) => LikePattern.Matches(like.Pattern, Http.WireFormat.Text(value))),
        _ => false,
    };

    private bool Compare(FieldPath path, StoredRecord record, ObjectDefinition root, string soql, Func<FieldDefinition, System.Text.Json.Nodes.JsonNode?, bool> test)
    {
        var bound = BoundPath.Bind(store.Catalog, root, path, soql);
        return test(bound.Leaf, bound.Resolve(store, record));
    }

    private int CompareRecords(StoredRecord a, StoredRecord b, List<(BoundPath Path, bool Descending, bool NullsLast)> orderBy)
    {
        foreach (var (path, descending, nullsLast) in orderBy)
        {
            var (x, y) = (path.Resolve(store, a), path.Resolve(store, b));
            var (xNull, yNull) = (FieldValues.IsNull(x), FieldValues.IsNull(y));
            var order = xNull || yNull
                ? (xNull == yNull ? 0 : xNull == nullsLast ? 1 : -1)
                : (descending ? -1 : 1) * ValueComparer.Order(x, y);
            if (order != 0)
                return order;
        }
        return a.Sequence.CompareTo(b.Sequence);
    }
}
