using System.Security.Cryptography;
using System.Text;
using Keepage.Core.Crm;

namespace Keepage.Core.Publish;

/// <summary>A stable hash of what a CRM record says (fields in ordinal order, invariant formatting, regarding).</summary>
public static class ContentHash
{
    public static string Of(CrmRecord record)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in record.Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            text.Append(name).Append('=').Append(Format(value)).Append('\n');
        if (record.Regarding is { } regarding)
            text.Append("@regarding=").Append(regarding.Table).Append('/').Append(regarding.CrmId).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Format(object? value) => FieldSnapshot.Text(value) ?? "\u2400";
}
