using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Query;

/// <summary>
/// Splits OData expression text (a $filter, or the inside of a key segment) into tokens, following the OData
/// URL conventions: strings in single quotes with '' for a quote; GUIDs, numbers and ISO dates unquoted.
/// </summary>
internal static class FilterTokenizer
{
    public static List<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= text.Length)
            {
                tokens.Add(new(FilterTokenKind.End, "", i));
                return tokens;
            }
            var token = Next(text, i);
            tokens.Add(token.Token);
            i = token.End;
        }
    }

    private static (FilterToken Token, int End) Next(string text, int start) => text[start] switch
    {
        '(' => (new(FilterTokenKind.OpenParen, "(", start), start + 1),
        ')' => (new(FilterTokenKind.CloseParen, ")", start), start + 1),
        ',' => (new(FilterTokenKind.Comma, ",", start), start + 1),
        '=' => (new(FilterTokenKind.EqualsSign, "=", start), start + 1),
        '\'' => ReadString(text, start),
        _ when IsGuidAt(text, start) => (new(FilterTokenKind.Guid, text.Substring(start, 36), start), start + 36),
        var c when char.IsAsciiDigit(c) || (c == '-' && start + 1 < text.Length && char.IsAsciiDigit(text[start + 1])) => ReadNumberOrDate(text, start),
        var c when char.IsLetter(c) || c is '_' or '@' or '$' => ReadIdentifier(text, start),
        var c => throw ApiFault.Syntax($"Syntax error: character '{c}' is not valid at position {start} in '{text}'."),
    };

    private static (FilterToken, int) ReadString(string text, int start)
    {
        var value = new System.Text.StringBuilder();
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] != '\'')
            {
                value.Append(text[i++]);
                continue;
            }
            if (i + 1 < text.Length && text[i + 1] == '\'')
            {
                value.Append('\'');
                i += 2;
                continue;
            }
            return (new(FilterTokenKind.String, value.ToString(), start), i + 1);
        }
        throw ApiFault.Syntax($"There is an unterminated string literal at position {start} in '{text}'.");
    }

    private static (FilterToken, int) ReadIdentifier(string text, int start)
    {
        var i = start + 1;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '/'))
            i++;
        return (new(FilterTokenKind.Identifier, text[start..i], start), i);
    }

    private static (FilterToken, int) ReadNumberOrDate(string text, int start)
    {
        if (IsDateAt(text, start))
        {
            var end = start + 10;
            if (end < text.Length && text[end] == 'T')
            {
                while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is 'T' or 'Z' or ':' or '.' or '+' or '-'))
                    end++;
                return (new(FilterTokenKind.DateTime, text[start..end], start), end);
            }
            return (new(FilterTokenKind.Date, text[start..end], start), end);
        }
        var i = start + 1;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'
            || (text[i] is 'e' or 'E') || (text[i] is '+' or '-' && text[i - 1] is 'e' or 'E')))
            i++;
        return (new(FilterTokenKind.Number, text[start..i], start), i);
    }

    private static bool IsDateAt(string text, int start) =>
        start + 10 <= text.Length && text[start + 4] == '-' && text[start + 7] == '-'
        && Enumerable.Range(start, 10).All(i => i == start + 4 || i == start + 7 || char.IsAsciiDigit(text[i]));

    private static bool IsGuidAt(string text, int start)
    {
        if (start + 36 > text.Length || (start + 36 < text.Length && (char.IsLetterOrDigit(text[start + 36]) || text[start + 36] == '_')))
            return false;
        for (var i = 0; i < 36; i++)
        {
            var c = text[start + i];
            var ok = i is 8 or 13 or 18 or 23 ? c == '-' : char.IsAsciiHexDigit(c);
            if (!ok)
                return false;
        }
        return true;
    }
}
