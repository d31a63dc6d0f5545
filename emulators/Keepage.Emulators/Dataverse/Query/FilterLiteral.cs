using System.Globalization;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Query;

internal enum LiteralKind
{
    Null,
    String,
    Number,
    Boolean,
    Guid,
    DateTime,
}

/// <summary>A typed value from a $filter literal or a stored column: string, decimal, bool, Guid or DateTimeOffset.</summary>
internal sealed record FilterLiteral(LiteralKind Kind, object? Value)
{
    public static FilterLiteral Null { get; } = new(LiteralKind.Null, null);

    public static FilterLiteral FromToken(FilterToken token) => token.Kind switch
    {
        FilterTokenKind.String => new(LiteralKind.String, token.Text),
        FilterTokenKind.Guid => new(LiteralKind.Guid, Guid.Parse(token.Text)),
        FilterTokenKind.Number => new(LiteralKind.Number, ParseNumber(token)),
        FilterTokenKind.Date or FilterTokenKind.DateTime => new(LiteralKind.DateTime, ParseInstant(token)),
        FilterTokenKind.Identifier when token.Text == "true" => new(LiteralKind.Boolean, true),
        FilterTokenKind.Identifier when token.Text == "false" => new(LiteralKind.Boolean, false),
        FilterTokenKind.Identifier when token.Text == "null" => Null,
        _ => throw ApiFault.Syntax($"Expression expected at position {token.Position}."),
    };

    public static bool IsLiteral(FilterToken token) =>
        token.Kind is FilterTokenKind.String or FilterTokenKind.Guid or FilterTokenKind.Number or FilterTokenKind.Date or FilterTokenKind.DateTime
        || (token.Kind == FilterTokenKind.Identifier && token.Text is "true" or "false" or "null");

    private static decimal ParseNumber(FilterToken token) =>
        decimal.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw ApiFault.Syntax($"Invalid number '{token.Text}' at position {token.Position}.");

    private static DateTimeOffset ParseInstant(FilterToken token) =>
        DateTimeOffset.TryParse(token.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant
            : throw ApiFault.Syntax($"Invalid date '{token.Text}' at position {token.Position}.");
}
