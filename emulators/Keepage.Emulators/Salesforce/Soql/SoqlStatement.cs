namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>A parsed <c>SELECT … FROM … [WHERE …] [ORDER BY …] [LIMIT n] [OFFSET n]</c>.</summary>
internal sealed record SoqlStatement(
    string Text,
    IReadOnlyList<FieldPath> Fields,
    string Object,
    int ObjectColumn,
    SoqlCondition? Where,
    IReadOnlyList<SoqlOrdering> OrderBy,
    int? Limit,
    int? Offset);

/// <summary>A field or a relationship path such as <c>Account.Name</c>, with the column it starts at.</summary>
internal sealed record FieldPath(IReadOnlyList<string> Parts, int Column)
{
    public string Text => string.Join('.', Parts);
}

internal sealed record SoqlOrdering(FieldPath Field, bool Descending, bool NullsLast);
