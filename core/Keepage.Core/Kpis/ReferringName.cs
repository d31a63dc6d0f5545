using System.Text;

namespace Keepage.Core.Kpis;

// Normalises a referring provider's display name into a stable key: lower case, letters and digits only, words joined
// by '-', a leading "Dr" and a trailing "MD" dropped ("Dr. Jane SMITH, MD" -> "jane-smith"). Only those two are
// dropped: "Do" is also a surname.
internal static class ReferringName
{
    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var words = Words(name);
        if (words.Count > 1 && words[0] == "dr")
            words.RemoveAt(0);
        if (words.Count > 1 && words[^1] == "md")
            words.RemoveAt(words.Count - 1);
        return words.Count == 0 ? null : string.Join('-', words);
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0)
                words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0)
            words.Add(word.ToString());
        return words;
    }
}
