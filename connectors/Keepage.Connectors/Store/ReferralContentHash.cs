using System.Security.Cryptography;
using System.Text;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Store;

/// <summary>
/// SHA-256 over every canonical field and the flags in a fixed order, each value length-prefixed (null distinct from
/// empty), so the same referral always hashes the same and any change shows. Stores compare it to tell a duplicate
/// from an update.
/// </summary>
public static class ReferralContentHash
{
    public static string Compute(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var text = new StringBuilder();
        foreach (var (name, value) in Fields(referral))
        {
            text.Append(name).Append('=');
            if (value is null)
                text.Append('~');
            else
                text.Append(value.Length).Append(':').Append(value);
            text.Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static IEnumerable<(string Name, string? Value)> Fields(Referral referral)
    {
        yield return ("referral_id", referral.ReferralId);
        yield return ("source", referral.Source);
        yield return ("patient_key", referral.PatientKey);
        yield return ("referring_npi", referral.ReferringNpi);
        yield return ("referring_name", referral.ReferringName);
        yield return ("referring_practice_id", referral.ReferringPracticeId);
        yield return ("referring_practice_name", referral.ReferringPracticeName);
        yield return ("referred_to_npi", referral.ReferredToNpi);
        yield return ("referred_to_department", referral.ReferredToDepartment);
        yield return ("specialty", referral.Specialty);
        yield return ("service_line", referral.ServiceLine);
        yield return ("referral_date", StoreText.Date(referral.ReferralDate));
        yield return ("status", referral.Status.ToCanonical());
        yield return ("scheduled_date", StoreText.Date(referral.ScheduledDate));
        yield return ("appointment_date", StoreText.Date(referral.AppointmentDate));
        yield return ("completed_date", StoreText.Date(referral.CompletedDate));
        yield return ("in_network", referral.InNetwork switch { null => null, true => "true", false => "false" });
        yield return ("procedure_code", referral.ProcedureCode);
        yield return ("payer", referral.Payer);
        yield return ("priority", referral.Priority);
        foreach (var flag in referral.Flags.Order(StringComparer.Ordinal))
            yield return ("flag", flag);
    }
}
