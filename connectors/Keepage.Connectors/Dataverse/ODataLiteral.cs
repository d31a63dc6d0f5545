namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The one encoder for OData string literals (OData ABNF: two single quotes stand for one inside a string).
/// It runs before URL encoding, which <see cref="ODataQuery"/> and <see cref="AlternateKey"/> apply exactly once.
/// </summary>
public static class ODataLiteral
{
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>A <c>column eq 'value'</c> condition, for $filter.</summary>
    public static string EqualsCondition(string column, string value) => $"{column} eq {Quote(value)}";
}
