using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Emulators.Dataverse.Query;

/// <summary>Decides whether a row matches a parsed $filter.</summary>
internal static class FilterEvaluator
{
    public static bool Matches(FilterNode node, StoredRow row) => node switch
    {
        LogicalNode { IsAnd: true } and => Matches(and.Left, row) && Matches(and.Right, row),
        LogicalNode or => Matches(or.Left, row) || Matches(or.Right, row),
        NotNode not => !Matches(not.Operand, row),
        ComparisonNode comparison => Compare(comparison, row),
        FunctionNode function => Call(function, row),
        _ => false,
    };

    private static bool Compare(ComparisonNode node, StoredRow row)
    {
        var result = ValueComparison.Compare(Resolve(node.Left, row), Resolve(node.Right, row));
        return node.Operator switch
        {
            "eq" => result == 0,
            "ne" => result != 0,
            "gt" => result > 0,
            "ge" => result >= 0,
            "lt" => result < 0,
            "le" => result <= 0,
            _ => false,
        };
    }

    private static bool Call(FunctionNode node, StoredRow row)
    {
        if (ColumnValue.AsString(row.Get(node.Property)) is not { } text)
            return false;
        return node.Function switch
        {
            "contains" => text.Contains(node.Argument, StringComparison.OrdinalIgnoreCase),
            "startswith" => text.StartsWith(node.Argument, StringComparison.OrdinalIgnoreCase),
            "endswith" => text.EndsWith(node.Argument, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static FilterLiteral Resolve(FilterOperand operand, StoredRow row) =>
        operand.Literal ?? ValueComparison.FromColumn(row.Get(operand.Property!));
}
