using System.Security.Cryptography;
using System.Text;
using Keepage.Core.Crm;

namespace Keepage.Core.Messaging;

/// <summary>
/// Deterministic message ids (SHA-256, hex): the same work rebuilds the same id, so a resend inside the broker's
/// duplicate-detection window is dropped. Built from target names, record keys and content hashes only.
/// </summary>
public static class WorkMessageIds
{
    /// <summary>One id per (target, kind, the keys with the content hash each will be written with).</summary>
    public static string Publish(string target, CrmRecordKind kind, IEnumerable<(string Key, string ContentHash)> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var text = new StringBuilder().Append("publish\n").Append(target).Append('\n').Append(kind).Append('\n');
        foreach (var (key, hash) in records.OrderBy(r => r.Key, StringComparer.Ordinal))
            text.Append(key).Append('=').Append(hash).Append('\n');
        return Hash(text.ToString());
    }

    /// <summary>The id of the delayed copy of <paramref name="messageId"/>: resending the same copy is dropped too.</summary>
    public static string Rescheduled(string messageId) => Hash($"rescheduled\n{messageId}");

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
