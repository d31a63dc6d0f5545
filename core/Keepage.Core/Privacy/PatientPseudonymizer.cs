using System.Security.Cryptography;
using System.Text;

namespace Keepage.Core.Privacy;

/// <summary>
/// Turns a raw patient identifier into a keyed pseudonym (HMAC-SHA256, lower-case hex). The raw id is never kept.
/// A keyed hash of an MRN is still PHI under HIPAA Safe Harbor, so the key lives apart from the data.
/// </summary>
public sealed class PatientPseudonymizer
{
    public const int MinimumKeyBytes = 32;
    private readonly byte[] _key;

    public PatientPseudonymizer(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumKeyBytes)
            throw new ArgumentException($"The patient-key HMAC key must be at least {MinimumKeyBytes} bytes (256 bits).", nameof(key));
        _key = key.ToArray();
    }

    public string Pseudonymize(string patientId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(patientId);
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(patientId.Trim()));
        return Convert.ToHexStringLower(hash);
    }
}
