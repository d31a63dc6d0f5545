namespace Keepage.Emulators.Dataverse.Query;

/// <summary>A parsed $filter expression. The node types below form a closed set the evaluator walks.</summary>
internal abstract record FilterNode;

internal sealed record LogicalNode(bool IsAnd, FilterNode Left, FilterNode Right) : FilterNode;

internal sealed record NotNode(FilterNode Operand) : FilterNode;

internal sealed record ComparisonNode(string Operator, FilterOperand Left, FilterOperand Right) : FilterNode;

/// <summary>contains / startswith / endswith, the only functions Dataverse supports in $filter.</summary>
internal sealed record FunctionNode(string Function, string Property, string Argument) : FilterNode;

internal sealed record FilterOperand(string? Property, FilterLiteral? Literal);
