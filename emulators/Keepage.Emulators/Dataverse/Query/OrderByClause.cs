using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Query;

/// <summary>One <c>$orderby</c> item; rows sort nulls first ascending, as SQL Server does, then by insertion.</summary>
internal sealed record OrderByClause(string Column, bool Descending)
{
    public static IReadOnlyList<OrderByClause> Parse(string text) =>
        [.. text.Split(',', StringSplitOptions.TrimEntries).Select(ParseItem)];

    public static IEnumerable<StoredRow> Sort(IEnumerable<StoredRow> rows, IReadOnlyList<OrderByClause> clauses)
    {
        var list = rows.ToList();
        list.Sort((a, b) => CompareRows(a, b, clauses));
        return list;
    }

    private static int CompareRows(StoredRow a, StoredRow b, IReadOnlyList<OrderByClause> clauses)
    {
        foreach (var clause in clauses)
        {
            var left = ValueComparison.FromColumn(a.Get(clause.Column));
            var right = ValueComparison.FromColumn(b.Get(clause.Column));
            var result = left.Kind == LiteralKind.Null || right.Kind == LiteralKind.Null
                ? (left.Kind == LiteralKind.Null ? 0 : 1) - (right.Kind == LiteralKind.Null ? 0 : 1)
                : ValueComparison.Compare(left, right) ?? left.Kind.CompareTo(right.Kind);
            if (result != 0)
                return clause.Descending ? -result : result;
        }
        return a.Sequence.CompareTo(b.Sequence);
    }

    private static OrderByClause ParseItem(string item)
    {
        var parts = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts switch
        {
            [var column] when ColumnName.IsValid(column) => new(column, false),
            [var column, "asc"] when ColumnName.IsValid(column) => new(column, false),
            [var column, "desc"] when ColumnName.IsValid(column) => new(column, true),
            _ => throw ApiFault.Syntax($"Syntax error at position 0 in '{item}'."),
        };
    }
}
