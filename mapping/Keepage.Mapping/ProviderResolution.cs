using Keepage.Core.Referrals;

namespace Keepage.Mapping;

/// <summary>
/// Translates a record's local provider ids to NPIs through the crosswalk. The crosswalk is the admin's curated
/// provider master, so what it knows (NPI, name, practice) wins over the export's display columns. An id missing
/// from it keeps the record, flagged, with whatever provider name the export has; with no NPI and no name left the
/// record is rejected (docs/epic-ehi.md).
/// </summary>
internal sealed class ProviderResolution(CrosswalkMapping mapping, ProviderCrosswalk crosswalk)
{
    public Referral Resolve(Referral referral, RecordFields fields, List<string> flags)
    {
        var resolved = ResolveReferredTo(ResolveReferring(referral, fields, flags), fields, flags);
        if (fields.Raw(mapping.ReferringProviderIdColumns) is not null && flags.Contains(ReferralFlags.UnmappedReferringProviderId)
            && resolved.ReferringNpi is null && resolved.ReferringName is null)
            fields.Problems.Add("referring_provider_id is not in the provider crosswalk and the record has no referring provider name");
        return resolved;
    }

    private Referral ResolveReferring(Referral referral, RecordFields fields, List<string> flags)
    {
        if (fields.Raw(mapping.ReferringProviderIdColumns) is not { } id)
            return referral;
        if (!crosswalk.TryFind(id, out var provider))
        {
            flags.Add(ReferralFlags.UnmappedReferringProviderId);
            return referral;
        }
        return referral with
        {
            ReferringNpi = provider.Npi ?? referral.ReferringNpi,
            ReferringName = provider.Name ?? referral.ReferringName,
            ReferringPracticeId = provider.PracticeId ?? referral.ReferringPracticeId,
            ReferringPracticeName = provider.PracticeName ?? referral.ReferringPracticeName,
        };
    }

    private Referral ResolveReferredTo(Referral referral, RecordFields fields, List<string> flags)
    {
        if (fields.Raw(mapping.ReferredToProviderIdColumns) is not { } id)
            return referral;
        if (crosswalk.TryFind(id, out var provider))
            return referral with { ReferredToNpi = provider.Npi ?? referral.ReferredToNpi };
        flags.Add(ReferralFlags.UnmappedReferredToProviderId);
        return referral;
    }
}
