using Keepage.Cli.Configuration;
using Keepage.Core.Privacy;

namespace Keepage.Cli.Composition;

internal static class PatientKey
{
    /// <summary>Reads the base64 HMAC key from its reference; the message on failure never includes the value.</summary>
    public static byte[] Resolve(string reference)
    {
        var text = SecretReference.Resolve(reference, "privacy.patientKey");
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException e)
        {
            throw new ConfigException("privacy.patientKey must be base64.", e);
        }
        return key.Length >= PatientPseudonymizer.MinimumKeyBytes
            ? key
            : throw new ConfigException($"privacy.patientKey must be at least {PatientPseudonymizer.MinimumKeyBytes} bytes (256 bits).");
    }
}
