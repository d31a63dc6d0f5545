using System.Text;

namespace Keepage.Emulators.Dataverse.Http;

/// <summary>Keeps header values to visible ASCII by percent-encoding everything else (UTF-8).</summary>
internal static class HeaderText
{
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 127)
                result.Append((char)rune.Value);
            else
                result.Append(Uri.EscapeDataString(rune.ToString()));
        }
        return result.ToString();
    }
}
