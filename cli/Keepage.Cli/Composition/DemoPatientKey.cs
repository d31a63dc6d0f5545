using System.Security.Cryptography;

namespace Keepage.Cli.Composition;

/// <summary>
/// The demo's patient-id HMAC key: random, kept in the state folder beside (not inside) the database so re-runs
/// produce the same pseudonyms. Real runs take the key from configuration (env or Key Vault), never from disk here.
/// </summary>
internal static class DemoPatientKey
{
    public static byte[] LoadOrCreate(StateDirectory state)
    {
        if (File.Exists(state.DemoPatientKey))
            return Convert.FromBase64String(File.ReadAllText(state.DemoPatientKey).Trim());
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(state.DemoPatientKey, Convert.ToBase64String(key));
        return key;
    }
}
