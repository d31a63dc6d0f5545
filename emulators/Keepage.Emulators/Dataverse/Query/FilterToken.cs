namespace Keepage.Emulators.Dataverse.Query;

internal enum FilterTokenKind
{
    Identifier,
    String,
    Number,
    Guid,
    DateTime,
    Date,
    OpenParen,
    CloseParen,
    Comma,
    EqualsSign,
    End,
}

/// <summary>One token of a $filter or key segment; <see cref="Text"/> is the unescaped value for strings.</summary>
internal readonly record struct FilterToken(FilterTokenKind Kind, string Text, int Position);
