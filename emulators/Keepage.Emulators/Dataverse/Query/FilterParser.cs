using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Query;

/// <summary>
/// Recursive-descent parser for the $filter subset Dataverse supports (wire spec A3):
/// <c>or</c> &lt; <c>and</c> &lt; <c>not</c> &lt; comparisons and contains/startswith/endswith, with parentheses.
/// </summary>
internal sealed class FilterParser
{
    private static readonly HashSet<string> Comparisons = ["eq", "ne", "gt", "ge", "lt", "le"];
    private static readonly HashSet<string> StringFunctions = ["contains", "startswith", "endswith"];

    private readonly string _text;
    private readonly List<FilterToken> _tokens;
    private int _position;

    private FilterParser(string text)
    {
        _text = text;
        _tokens = FilterTokenizer.Tokenize(text);
    }

    public static FilterNode Parse(string text)
    {
        var parser = new FilterParser(text);
        var node = parser.ParseOr();
        if (parser.Current.Kind != FilterTokenKind.End)
            throw parser.SyntaxError();
        return node;
    }

    private FilterToken Current => _tokens[_position];

    private FilterNode ParseOr()
    {
        var left = ParseAnd();
        while (TakeKeyword("or"))
            left = new LogicalNode(IsAnd: false, left, ParseAnd());
        return left;
    }

    private FilterNode ParseAnd()
    {
        var left = ParseUnary();
        while (TakeKeyword("and"))
            left = new LogicalNode(IsAnd: true, left, ParseUnary());
        return left;
    }

    private FilterNode ParseUnary() => TakeKeyword("not") ? new NotNode(ParseUnary()) : ParsePrimary();

    private FilterNode ParsePrimary()
    {
        if (Current.Kind == FilterTokenKind.OpenParen)
        {
            _position++;
            var inner = ParseOr();
            Expect(FilterTokenKind.CloseParen);
            return inner;
        }
        if (Current.Kind == FilterTokenKind.Identifier && _tokens[_position + 1].Kind == FilterTokenKind.OpenParen)
            return ParseFunction();
        var left = ParseOperand();
        var op = Current;
        if (op.Kind != FilterTokenKind.Identifier || !Comparisons.Contains(op.Text))
            throw SyntaxError();
        _position++;
        return new ComparisonNode(op.Text, left, ParseOperand());
    }

    private FunctionNode ParseFunction()
    {
        var name = Current.Text;
        if (name.Contains('.', StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal))
            throw ApiFault.NotImplemented($"the $filter function or lambda '{name}'");
        if (!StringFunctions.Contains(name))
            throw ApiFault.Syntax($"An unknown function with name '{name}' was found.");
        _position += 2;
        var property = ParseOperand();
        Expect(FilterTokenKind.Comma);
        var argument = ParseOperand();
        Expect(FilterTokenKind.CloseParen);
        if (property.Property is null || argument.Literal is not { Kind: LiteralKind.String, Value: string text })
            throw ApiFault.Syntax($"The function '{name}' needs a property and a string literal.");
        return new FunctionNode(name, property.Property, text);
    }

    private FilterOperand ParseOperand()
    {
        var token = Current;
        _position++;
        if (FilterLiteral.IsLiteral(token))
            return new FilterOperand(null, FilterLiteral.FromToken(token));
        if (token.Kind != FilterTokenKind.Identifier || Comparisons.Contains(token.Text) || token.Text is "and" or "or" or "not")
        {
            _position--;
            throw SyntaxError();
        }
        if (token.Text.StartsWith('@'))
            throw ApiFault.NotImplemented("parameter aliases");
        if (token.Text.Contains('/', StringComparison.Ordinal))
            throw ApiFault.NotImplemented("filtering through navigation properties");
        return new FilterOperand(token.Text, null);
    }

    private bool TakeKeyword(string keyword)
    {
        if (Current.Kind != FilterTokenKind.Identifier || Current.Text != keyword)
            return false;
        _position++;
        return true;
    }

    private void Expect(FilterTokenKind kind)
    {
        if (Current.Kind != kind)
            throw SyntaxError();
        _position++;
    }

    private ApiFault SyntaxError() => ApiFault.Syntax($"Syntax error at position {Current.Position} in '{_text}'.");
}
