namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>A WHERE expression node.</summary>
internal abstract record SoqlCondition;

internal sealed record ComparisonCondition(FieldPath Field, string Operator, SoqlValue Value) : SoqlCondition;

internal sealed record InCondition(FieldPath Field, bool Negated, IReadOnlyList<SoqlValue> Values) : SoqlCondition;

/// <summary><c>LIKE</c> with the pattern as written: <c>%</c> and <c>_</c> are wildcards, <c>\%</c> <c>\_</c> <c>\\</c> literals.</summary>
internal sealed record LikeCondition(FieldPath Field, string Pattern) : SoqlCondition;

internal sealed record AndCondition(SoqlCondition Left, SoqlCondition Right) : SoqlCondition;

internal sealed record OrCondition(SoqlCondition Left, SoqlCondition Right) : SoqlCondition;

internal sealed record NotCondition(SoqlCondition Inner) : SoqlCondition;
