namespace Keepage.Mapping;

/// <summary>Data-quality flags the mapper raises on records it keeps (see <c>Referral.Flags</c>).</summary>
public static class ReferralFlags
{
    public const string InvalidReferringNpi = "invalid_referring_npi";
    public const string InvalidReferredToNpi = "invalid_referred_to_npi";
    public const string MissingPatientId = "missing_patient_id";

    /// <summary>The referring provider's local id is not in the provider crosswalk; the record keeps the name it has.</summary>
    public const string UnmappedReferringProviderId = "unmapped_referring_provider_id";

    /// <summary>The referred-to provider's local id is not in the provider crosswalk; referred_to_npi stays empty.</summary>
    public const string UnmappedReferredToProviderId = "unmapped_referred_to_provider_id";
}
