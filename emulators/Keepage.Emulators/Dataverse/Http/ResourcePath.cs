using Keepage.Emulators.Dataverse.Query;

namespace Keepage.Emulators.Dataverse.Http;

/// <summary>
/// The addressed resource: an entity set, optionally one row by <c>(guid)</c>, <c>(pk=guid)</c> or an alternate
/// key <c>(k='v',k2=2)</c>, optionally followed by one more segment (<c>$count</c>, a navigation property).
/// </summary>
internal sealed record ResourcePath(
    string EntitySet,
    string? KeyText,
    Guid? Id,
    IReadOnlyDictionary<string, FilterLiteral>? Key,
    string? Segment)
{
    public bool IsCollection => KeyText is null;

    public static ResourcePath Parse(string resource)
    {
        var open = resource.IndexOf('(', StringComparison.Ordinal);
        var slash = resource.IndexOf('/', StringComparison.Ordinal);
        if (open < 0 || (slash >= 0 && slash < open))
        {
            return slash < 0
                ? new(resource, null, null, null, null)
                : new(resource[..slash], null, null, null, resource[(slash + 1)..]);
        }
        var close = ClosingParenthesis(resource, open);
        var keyText = resource[(open + 1)..close];
        var rest = resource[(close + 1)..];
        if (rest.Length > 0 && rest[0] != '/')
            throw ApiFault.Syntax($"Bad Request - Error in query syntax: '{resource}'.");
        var (id, key) = ParseKey(keyText);
        return new(resource[..open], keyText, id, key, rest.Length > 0 ? rest[1..] : null);
    }

    private static (Guid?, Dictionary<string, FilterLiteral>?) ParseKey(string keyText)
    {
        var tokens = FilterTokenizer.Tokenize(keyText);
        if (tokens is [{ Kind: FilterTokenKind.Guid } single, { Kind: FilterTokenKind.End }])
            return (Guid.Parse(single.Text), null);
        var key = new Dictionary<string, FilterLiteral>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count - 1; i += 4)
        {
            if (tokens[i].Kind != FilterTokenKind.Identifier || tokens[i + 1].Kind != FilterTokenKind.EqualsSign
                || !FilterLiteral.IsLiteral(tokens[i + 2]) || tokens[i + 3].Kind is not (FilterTokenKind.Comma or FilterTokenKind.End))
                throw ApiFault.Syntax($"Bad Request - Error in query syntax: '({keyText})'.");
            key[tokens[i].Text] = FilterLiteral.FromToken(tokens[i + 2]);
        }
        return key.Count > 0 ? (null, key) : throw ApiFault.Syntax("Bad Request - Error in query syntax: '()'.");
    }

    private static int ClosingParenthesis(string resource, int open)
    {
        var quoted = false;
        for (var i = open + 1; i < resource.Length; i++)
        {
            if (resource[i] == '\'')
                quoted = !quoted;
            else if (resource[i] == ')' && !quoted)
                return i;
        }
        throw ApiFault.Syntax($"Bad Request - Error in query syntax: '{resource}'.");
    }
}
