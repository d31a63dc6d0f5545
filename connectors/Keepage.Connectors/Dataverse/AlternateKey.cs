using System.Buffers;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Builds alternate-key addresses. Dataverse cannot address keys whose value holds any of <c>/ &lt; &gt; * % &amp; : \ ? +</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity), so such values are refused.
/// </summary>
public static class AlternateKey
{
    private static readonly SearchValues<char> Unsupported = SearchValues.Create("/<>*%&:\\?+");

    public static bool IsAddressable(string value) => !string.IsNullOrEmpty(value) && !value.AsSpan().ContainsAny(Unsupported);

    /// <summary>The key literal, <c>'value'</c> with quotes doubled, not yet URL-encoded.</summary>
    public static string Literal(string value) => IsAddressable(value)
        ? ODataLiteral.Quote(value)
        : throw new ArgumentException("The key value is empty or holds a character Dataverse alternate keys do not support (/ < > * % & : \\ ? +).", nameof(value));

    /// <summary>The URL path segment <c>entitySet(column='value')</c>, percent-encoded once.</summary>
    public static string Path(string entitySet, string keyColumn, string value) =>
        $"{entitySet}({keyColumn}={Uri.EscapeDataString(Literal(value))})";
}
