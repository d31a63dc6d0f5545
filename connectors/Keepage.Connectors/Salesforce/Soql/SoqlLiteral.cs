using System.Globalization;
using System.Text;

namespace Keepage.Connectors.Salesforce.Soql;

/// <summary>
/// The one encoder for SOQL literals (wire spec B3; https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_quotedstringescapes.htm): backslash first, then
/// quote, then line breaks and tabs; other control characters and lone surrogates as <c>\uXXXX</c>. LIKE patterns
/// also escape <c>%</c> and <c>_</c>. The result goes through URL encoding exactly once, in Refit.
/// </summary>
public static class SoqlLiteral
{
    public static string Quote(string value) => "'" + Escape(value, like: false) + "'";

    /// <summary>A LIKE pattern matching <paramref name="text"/> literally, optionally with any text before or after it.</summary>
    public static string Like(string text, bool anyBefore = false, bool anyAfter = false) =>
        "'" + (anyBefore ? "%" : "") + Escape(text, like: true) + (anyAfter ? "%" : "") + "'";

    /// <summary>A literal for a value of any supported type: text quoted, numbers and booleans bare, dates as SOQL dates.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTime at => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        decimal or int or long or double => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new ArgumentException($"SOQL has no literal for a {value.GetType().Name}.", nameof(value)),
    };

    private static string Escape(string value, bool like)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '%' when like => @"\%",
                '_' when like => @"\_",
                _ when char.IsControl(c) || IsLoneSurrogate(value, i) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                escaped.Append(value[++i]);
        }
        return escaped.ToString();
    }

    private static bool IsLoneSurrogate(string value, int i) => value[i] switch
    {
        var c when char.IsHighSurrogate(c) => i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]),
        var c when char.IsLowSurrogate(c) => i == 0 || !char.IsHighSurrogate(value[i - 1]),
        _ => false,
    };
}
