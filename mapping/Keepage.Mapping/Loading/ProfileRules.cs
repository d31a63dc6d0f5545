using YamlDotNet.RepresentationModel;

namespace Keepage.Mapping.Loading;

/// <summary>
/// Rules across fields: a profile must be able to produce every record's identity, date and referring provider,
/// otherwise each row it reads would be quarantined for the same reason.
/// </summary>
internal sealed class ProfileRules(ProfileYaml yaml)
{
    public void Check(SourceProfile profile, YamlNode fieldsNode)
    {
        if (!profile.Fields.ContainsKey(CanonicalFields.ReferralId))
            throw yaml.Error(fieldsNode, "fields must map referral_id");
        if (!Provides(profile, CanonicalFields.ReferralDate))
            throw yaml.Error(fieldsNode, "fields must map referral_date (or defaults must give it)");
        if (!Provides(profile, CanonicalFields.ReferringNpi) && !Provides(profile, CanonicalFields.ReferringName)
            && profile.Crosswalk is not { ReferringProviderIdColumns.Count: > 0 })
            throw yaml.Error(fieldsNode, "fields must map referring_npi or referring_name (the referring provider), or crosswalk its referring_provider_id");
    }

    private static bool Provides(SourceProfile profile, string field) =>
        profile.Fields.ContainsKey(field) || profile.Defaults.ContainsKey(field);
}
