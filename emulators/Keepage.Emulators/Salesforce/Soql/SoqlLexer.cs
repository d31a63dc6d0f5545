using System.Globalization;
using System.Text;

namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>
/// Splits SOQL into tokens. String literals take single quotes only and exactly the documented escapes
/// (<c>\n \r \t \b \f \" \' \\ \uXXXX</c>, and <c>\% \_</c> for LIKE); any other backslash is MALFORMED_QUERY (wire spec B3).
/// </summary>
internal static class SoqlLexer
{
    public static List<SoqlToken> Tokenize(string soql)
    {
        var tokens = new List<SoqlToken>();
        var i = 0;
        while (i < soql.Length)
        {
            var c = soql[i];
            if (char.IsWhiteSpace(c))
                i++;
            else if (c == '\'')
                tokens.Add(ReadString(soql, ref i));
            else if (char.IsAsciiDigit(c) || c == '-' && i + 1 < soql.Length && char.IsAsciiDigit(soql[i + 1]))
                tokens.Add(ReadNumberOrDate(soql, ref i));
            else if (char.IsAsciiLetter(c) || c == '_')
                tokens.Add(Read(soql, ref i, SoqlTokenKind.Identifier, ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'));
            else
                tokens.Add(ReadSymbol(soql, ref i));
        }
        tokens.Add(new SoqlToken(SoqlTokenKind.End, "", soql.Length + 1));
        return tokens;
    }

    private static SoqlToken ReadSymbol(string soql, ref int i)
    {
        var start = i;
        var two = i + 1 < soql.Length ? soql.Substring(i, 2) : "";
        if (two is "!=" or "<>" or "<=" or ">=")
        {
            i += 2;
            return new SoqlToken(SoqlTokenKind.Operator, two, start + 1);
        }
        i++;
        return soql[start] switch
        {
            '=' or '<' or '>' => new SoqlToken(SoqlTokenKind.Operator, soql[start].ToString(), start + 1),
            ',' => new SoqlToken(SoqlTokenKind.Comma, ",", start + 1),
            '.' => new SoqlToken(SoqlTokenKind.Dot, ".", start + 1),
            ':' => new SoqlToken(SoqlTokenKind.Colon, ":", start + 1),
            '(' => new SoqlToken(SoqlTokenKind.OpenParen, "(", start + 1),
            ')' => new SoqlToken(SoqlTokenKind.CloseParen, ")", start + 1),
            _ => throw SoqlError.Malformed($"unexpected token: {soql[start]}"),
        };
    }

    private static SoqlToken ReadNumberOrDate(string soql, ref int i)
    {
        var start = i;
        var token = Read(soql, ref i, ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or ':' or '.' or '+', SoqlTokenKind.Number);
        var text = token.Text;
        if (text.Length >= 10 && text[4] == '-' && text[7] == '-')
            return token with { Kind = text.Length == 10 ? SoqlTokenKind.Date : SoqlTokenKind.DateTime };
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            throw SoqlError.Malformed($"unexpected token: {text}");
        return token with { Column = start + 1 };
    }

    private static SoqlToken Read(string soql, ref int i, SoqlTokenKind kind, Func<char, bool> accept) => Read(soql, ref i, accept, kind);

    private static SoqlToken Read(string soql, ref int i, Func<char, bool> accept, SoqlTokenKind kind)
    {
        var start = i;
        i++;
        while (i < soql.Length && accept(soql[i]))
            i++;
        return new SoqlToken(kind, soql[start..i], start + 1);
    }

    private static SoqlToken ReadString(string soql, ref int i)
    {
        var start = i++;
        var text = new StringBuilder();
        var pattern = new StringBuilder();
        var likeEscape = false;
        while (true)
        {
            if (i >= soql.Length)
                throw SoqlError.Malformed($"line 1:{start} mismatched character '<EOF>' expecting '''");
            var c = soql[i++];
            if (c == '\'')
                return new SoqlToken(SoqlTokenKind.String, text.ToString(), start + 1, pattern.ToString(), likeEscape);
            if (c != '\\')
            {
                text.Append(c);
                pattern.Append(c);
                continue;
            }
            var (decoded, literalInPattern) = Escape(soql, ref i, start);
            likeEscape |= literalInPattern is "\\%" or "\\_";
            text.Append(decoded);
            pattern.Append(literalInPattern);
        }
    }

    // Returns the decoded character and how it reads inside a LIKE pattern (wildcards and backslash kept escaped).
    private static (string Decoded, string Pattern) Escape(string soql, ref int i, int start)
    {
        if (i >= soql.Length)
            throw SoqlError.Malformed($"line 1:{start} mismatched character '<EOF>' expecting '''");
        var c = soql[i++];
        switch (c)
        {
            case 'n' or 'N': return ("\n", "\n");
            case 'r' or 'R': return ("\r", "\r");
            case 't' or 'T': return ("\t", "\t");
            case 'b' or 'B': return ("\b", "\b");
            case 'f' or 'F': return ("\f", "\f");
            case '"' or '\'': return (c.ToString(), c.ToString());
            case '\\': return ("\\", "\\\\");
            case '%' or '_': return (c.ToString(), "\\" + c);
            case 'u' when i + 4 <= soql.Length && int.TryParse(soql.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                i += 4;
                var unicode = ((char)code).ToString();
                return (unicode, unicode is "%" or "_" or "\\" ? "\\" + unicode : unicode);
            default:
                throw SoqlError.Malformed($"Invalid string literal '{soql[start..Math.Min(soql.Length, i)]}'. Illegal character sequence '\\{c}' in string literal.");
        }
    }
}
