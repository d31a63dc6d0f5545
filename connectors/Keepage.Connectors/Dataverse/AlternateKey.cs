using System.Buffers;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The one builder of alternate-key addresses: <c>kpg_key='O''Brien%20Clinic'</c>. The value's quotes are doubled
/// (<see cref="ODataLiteral"/>), then everything but the quotes is percent-encoded, once. Dataverse cannot address
/// keys whose value holds any of <c>/ &lt; &gt; * % &amp; : \ ? +</c>, so such values are refused
/// (https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity).
/// </summary>
public static class AlternateKey
{
    private static readonly SearchValues<char> Unsupported = SearchValues.Create("/<>*%&:\\?+");

    public static bool IsAddressable(string value) => !string.IsNullOrEmpty(value) && !value.AsSpan().ContainsAny(Unsupported);

    /// <summary>The key segment <c>column='value'</c>, URL-encoded.</summary>
    public static string Segment(string keyColumn, string value)
    {
        if (!IsAddressable(value))
            throw new ArgumentException("The key value is empty or holds a character Dataverse alternate keys do not support (/ < > * % & : \\ ? +).", nameof(value));
        return $"{keyColumn}={Uri.EscapeDataString(ODataLiteral.Quote(value)).Replace("%27", "'", StringComparison.Ordinal)}";
    }

    /// <summary>The relative URL <c>entitySet(column='value')</c>, URL-encoded.</summary>
    public static string Path(string entitySet, string keyColumn, string value) => $"{entitySet}({Segment(keyColumn, value)})";
}
