using System.Text;

namespace Keepage.Connectors.Ehr.Hl7v2.Wire;

/// <summary>
/// MSH-18 character sets (HL7 table 0211) the reader decodes. ASCII is read as UTF-8, its superset, so a stray
/// accented byte in an "ASCII" message is judged by UTF-8 validity rather than silently mangled.
/// </summary>
internal static class Hl7v2CharacterSets
{
    public const string Utf8Name = "UNICODE UTF-8";

    public static bool TryResolve(string? name, out Encoding encoding)
    {
        encoding = Encoding.UTF8;
        switch (name?.Trim().ToUpperInvariant())
        {
            case Utf8Name or "UTF-8" or "ISO IR192" or "ASCII" or "ISO IR6":
                return true;
            case "8859/1" or "ISO IR100" or "ISO-8859-1":
                encoding = Encoding.Latin1;
                return true;
            default:
                return false;
        }
    }
}
