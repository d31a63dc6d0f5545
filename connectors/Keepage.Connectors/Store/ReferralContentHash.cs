using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Store;

/// <summary>
/// SHA-256 over every canonical field and the flags in a fixed order, each value length-prefixed (null distinct from
/// empty), so the same referral always hashes the same and any change shows. Stores compare it to tell a duplicate
/// from an update. Computed for every row of every ingest, so it reuses one buffer per thread.
/// </summary>
public static class ReferralContentHash
{
    [ThreadStatic]
    private static StringBuilder? _text;

    public static string Compute(Referral referral)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var text = _text ??= new StringBuilder(1024);
        text.Clear();
        Add(text, "referral_id", referral.ReferralId);
        Add(text, "source", referral.Source);
        Add(text, "patient_key", referral.PatientKey);
        Add(text, "referring_npi", referral.ReferringNpi);
        Add(text, "referring_name", referral.ReferringName);
        Add(text, "referring_practice_id", referral.ReferringPracticeId);
        Add(text, "referring_practice_name", referral.ReferringPracticeName);
        Add(text, "referred_to_npi", referral.ReferredToNpi);
        Add(text, "referred_to_department", referral.ReferredToDepartment);
        Add(text, "specialty", referral.Specialty);
        Add(text, "service_line", referral.ServiceLine);
        Add(text, "referral_date", StoreText.Date(referral.ReferralDate));
        Add(text, "status", referral.Status.ToCanonical());
        Add(text, "scheduled_date", StoreText.Date(referral.ScheduledDate));
        Add(text, "appointment_date", StoreText.Date(referral.AppointmentDate));
        Add(text, "completed_date", StoreText.Date(referral.CompletedDate));
        Add(text, "in_network", referral.InNetwork switch { null => null, true => "true", false => "false" });
        Add(text, "procedure_code", referral.ProcedureCode);
        Add(text, "payer", referral.Payer);
        Add(text, "priority", referral.Priority);
        foreach (var flag in referral.Flags.Count < 2 ? referral.Flags : [.. referral.Flags.Order(StringComparer.Ordinal)])
            Add(text, "flag", flag);
        return Hash(text);
    }

    private static void Add(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append('=');
        if (value is null)
            text.Append('~');
        else
            text.Append(value.Length).Append(':').Append(value);
        text.Append('\n');
    }

    private static string Hash(StringBuilder text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            text.CopyTo(0, chars, text.Length);
            var length = Encoding.UTF8.GetBytes(chars, 0, text.Length, bytes, 0);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
