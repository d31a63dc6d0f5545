namespace Keepage.Mapping;

/// <summary>Data-quality flags the mapper raises on records it keeps (see <c>Referral.Flags</c>).</summary>
public static class ReferralFlags
{
    public const string InvalidReferringNpi = "invalid_referring_npi";
    public const string InvalidReferredToNpi = "invalid_referred_to_npi";
    public const string MissingPatientId = "missing_patient_id";
}
