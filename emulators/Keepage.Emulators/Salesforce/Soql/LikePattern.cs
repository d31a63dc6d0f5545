using System.Text;
using System.Text.RegularExpressions;

namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>SOQL LIKE: <c>%</c> any run, <c>_</c> one character, <c>\%</c> <c>\_</c> <c>\\</c> literals; case-insensitive.</summary>
internal static class LikePattern
{
    public static bool Matches(string pattern, string? value) => value is not null && ToRegex(pattern).IsMatch(value);

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            else
                regex.Append(c switch { '%' => ".*", '_' => ".", _ => Regex.Escape(c.ToString()) });
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
