using System.Buffers;

namespace Keepage.Core.Kpis;

/// <summary>
/// Makes a value safe inside a Dataverse alternate key: the characters / &lt; &gt; * % &amp; : \ ? + are refused there
/// (https://learn.microsoft.com/power-apps/developer/data-platform/define-alternate-keys-entity), so each becomes '-'.
/// </summary>
public static class KeyText
{
    private static readonly SearchValues<char> Refused = SearchValues.Create("/<>*%&:\\?+");

    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(Refused) < 0
            ? value
            : string.Create(value.Length, value, (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                    span[i] = Refused.Contains(text[i]) ? '-' : text[i];
            });
    }
}
