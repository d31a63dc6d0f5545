namespace Keepage.Emulators.Salesforce.Soql;

internal enum SoqlTokenKind
{
    Identifier,
    String,
    Number,
    Date,
    DateTime,
    Operator,
    Comma,
    Dot,
    Colon,
    OpenParen,
    CloseParen,
    End,
}

/// <summary>
/// One lexeme with its 1-based column. A string keeps its decoded <see cref="Text"/> and, for LIKE, its
/// <see cref="Pattern"/> in which <c>\%</c>, <c>\_</c> and <c>\\</c> stay escaped.
/// </summary>
internal sealed record SoqlToken(SoqlTokenKind Kind, string Text, int Column, string? Pattern = null, bool HasLikeEscape = false)
{
    public bool IsKeyword(string keyword) => Kind == SoqlTokenKind.Identifier && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
