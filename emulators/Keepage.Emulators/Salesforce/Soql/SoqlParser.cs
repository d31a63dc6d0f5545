using System.Globalization;

namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>
/// Recursive-descent parser for the SOQL subset of wire spec B3 / B14: SELECT with relationship paths, FROM, WHERE with
/// <c>= != &lt;&gt; &lt; &lt;= &gt; &gt;= IN NOT IN LIKE AND OR NOT</c> and parentheses, ORDER BY, LIMIT, OFFSET.
/// </summary>
internal sealed class SoqlParser
{
    private readonly string _soql;
    private readonly List<SoqlToken> _tokens;
    private readonly DateTimeOffset _now;
    private int _position;

    private SoqlParser(string soql, DateTimeOffset now)
    {
        _soql = soql;
        _tokens = SoqlLexer.Tokenize(soql);
        _now = now;
    }

    private SoqlToken Current => _tokens[_position];

    public static SoqlStatement Parse(string soql, DateTimeOffset now) => new SoqlParser(soql, now).Query();

    private SoqlStatement Query()
    {
        Expect("SELECT");
        var fields = new List<FieldPath> { Path() };
        while (Accept(SoqlTokenKind.Comma))
            fields.Add(Path());
        Expect("FROM");
        var from = Take(SoqlTokenKind.Identifier);
        var where = AcceptKeyword("WHERE") ? Or() : null;
        var orderBy = new List<SoqlOrdering>();
        if (AcceptKeyword("ORDER"))
        {
            Expect("BY");
            do
                orderBy.Add(Ordering());
            while (Accept(SoqlTokenKind.Comma));
        }
        int? limit = AcceptKeyword("LIMIT") ? Count() : null;
        int? offset = AcceptKeyword("OFFSET") ? Count() : null;
        if (Current.Kind != SoqlTokenKind.End)
            throw SoqlError.UnexpectedToken(Current);
        return new SoqlStatement(_soql, fields, from.Text, from.Column, where, orderBy, limit, offset);
    }

    private SoqlOrdering Ordering()
    {
        var field = Path();
        var descending = AcceptKeyword("DESC");
        if (!descending)
            AcceptKeyword("ASC");
        // Nulls sort first ascending and last descending unless NULLS FIRST / NULLS LAST says otherwise.
        var nullsLast = descending;
        if (AcceptKeyword("NULLS"))
        {
            nullsLast = AcceptKeyword("LAST");
            if (!nullsLast)
                Expect("FIRST");
        }
        return new SoqlOrdering(field, descending, nullsLast);
    }

    private int Count()
    {
        var token = Take(SoqlTokenKind.Number);
        return int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : throw SoqlError.UnexpectedToken(token);
    }

    private FieldPath Path()
    {
        var first = Take(SoqlTokenKind.Identifier);
        var parts = new List<string> { first.Text };
        while (Accept(SoqlTokenKind.Dot))
            parts.Add(Take(SoqlTokenKind.Identifier).Text);
        return new FieldPath(parts, first.Column);
    }

    private SoqlCondition Or()
    {
        var left = And();
        while (AcceptKeyword("OR"))
            left = new OrCondition(left, And());
        return left;
    }

    private SoqlCondition And()
    {
        var left = Not();
        while (AcceptKeyword("AND"))
            left = new AndCondition(left, Not());
        return left;
    }

    private SoqlCondition Not()
    {
        if (AcceptKeyword("NOT"))
            return new NotCondition(Not());
        if (Accept(SoqlTokenKind.OpenParen))
        {
            var inner = Or();
            Take(SoqlTokenKind.CloseParen);
            return inner;
        }
        return Predicate();
    }

    private SoqlCondition Predicate()
    {
        var field = Path();
        if (AcceptKeyword("LIKE"))
            return new LikeCondition(field, Take(SoqlTokenKind.String).Pattern!);
        var negated = AcceptKeyword("NOT");
        if (AcceptKeyword("IN"))
            return new InCondition(field, negated, ValueList());
        if (negated)
            throw SoqlError.UnexpectedToken(Current);
        var op = Take(SoqlTokenKind.Operator).Text;
        return new ComparisonCondition(field, op == "<>" ? "!=" : op, Value());
    }

    private List<SoqlValue> ValueList()
    {
        Take(SoqlTokenKind.OpenParen);
        var values = new List<SoqlValue> { Value() };
        while (Accept(SoqlTokenKind.Comma))
            values.Add(Value());
        Take(SoqlTokenKind.CloseParen);
        return values;
    }

    private SoqlValue Value()
    {
        var token = Current;
        _position++;
        return token.Kind switch
        {
            SoqlTokenKind.String when token.HasLikeEscape => throw SoqlError.Malformed($"Invalid string literal '{token.Text}'. Illegal character sequence in string literal."),
            SoqlTokenKind.String => new StringValue(token.Text),
            SoqlTokenKind.Number => new NumberValue(decimal.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            SoqlTokenKind.Date or SoqlTokenKind.DateTime => DateLiterals.Absolute(token),
            SoqlTokenKind.Identifier when token.IsKeyword("NULL") => new NullValue(),
            SoqlTokenKind.Identifier when token.IsKeyword("TRUE") || token.IsKeyword("FALSE") => new BooleanValue(token.IsKeyword("TRUE")),
            SoqlTokenKind.Identifier => DateLiterals.Relative(token, Accept(SoqlTokenKind.Colon) ? Count() : null, _now),
            _ => throw SoqlError.UnexpectedToken(token),
        };
    }

    private SoqlToken Take(SoqlTokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind || kind == SoqlTokenKind.Identifier && IsReserved(token))
            throw SoqlError.UnexpectedToken(token);
        _position++;
        return token;
    }

    private bool Expect(string keyword) => AcceptKeyword(keyword) ? true : throw SoqlError.UnexpectedToken(Current);

    private bool AcceptKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
            return false;
        _position++;
        return true;
    }

    private bool Accept(SoqlTokenKind kind)
    {
        if (Current.Kind != kind)
            return false;
        _position++;
        return true;
    }

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "LIKE", "ORDER", "BY", "LIMIT", "OFFSET", "NULL", "TRUE", "FALSE", "ASC", "DESC", "NULLS",
    };

    private static bool IsReserved(SoqlToken token) => Reserved.Contains(token.Text);
}
