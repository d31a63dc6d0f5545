namespace Keepage.Emulators.Salesforce.Storage;

/// <summary>
/// Salesforce record ids: 15 case-sensitive characters, or 18 with a 3-character checksum that encodes the case of
/// the first 15 (https://help.salesforce.com/s/articleView?id=000385008). The API always returns 18.
/// </summary>
internal static class RecordId
{
    private const string ChecksumAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>The 18-character form, or null when <paramref name="id"/> is not a well-formed id.</summary>
    public static string? Normalize(string? id)
    {
        if (id is null || (id.Length != 15 && id.Length != 18) || !id.All(char.IsAsciiLetterOrDigit))
            return null;
        var full = id[..15] + Checksum(id[..15]);
        return id.Length == 15 || string.Equals(full[15..], id[15..], StringComparison.OrdinalIgnoreCase) ? full : null;
    }

    public static string Create(string keyPrefix, long sequence)
    {
        var digits = new char[9];
        for (var i = digits.Length - 1; i >= 0; i--, sequence /= 62)
            digits[i] = Base62[(int)(sequence % 62)];
        var id = keyPrefix + "Kp0" + new string(digits);
        return id + Checksum(id);
    }

    public static string Prefix(string id) => id[..3];

    private static string Checksum(string id15)
    {
        Span<char> checksum = stackalloc char[3];
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var flags = 0;
            for (var i = 0; i < 5; i++)
            {
                if (char.IsAsciiLetterUpper(id15[chunk * 5 + i]))
                    flags |= 1 << i;
            }
            checksum[chunk] = ChecksumAlphabet[flags];
        }
        return new string(checksum);
    }
}
