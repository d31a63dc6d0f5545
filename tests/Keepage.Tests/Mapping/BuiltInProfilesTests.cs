using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Mapping;

public sealed class BuiltInProfilesTests
{
    [Fact]
    public void CanonicalProfileMapsEveryCanonicalFieldToItsOwnName()
    {
        var profile = BuiltInProfiles.Get("canonical");

        Assert.Same(BuiltInProfiles.Canonical, profile);
        Assert.Null(profile.Delimiter);
        Assert.Equal(CanonicalFields.All.Order(), profile.Fields.Keys.Order());
        Assert.All(profile.Fields, field => Assert.Equal([field.Key], field.Value.Columns));
        Assert.All(profile.Fields.Values, field => Assert.Equal(["yyyy-MM-dd"], field.DateFormats));
        Assert.Contains("canonical", BuiltInProfiles.Names);
    }

    [Fact]
    public void CanonicalProfileMapsACanonicalRecord()
    {
        var mapper = new RecordMapper(BuiltInProfiles.Canonical, ClinicProfile.Pseudonymizer);
        var row = new Dictionary<string, string>
        {
            ["referral_id"] = "C-1",
            ["patient_id"] = "P-77",
            ["referring_npi"] = ClinicProfile.ValidNpi,
            ["referral_date"] = "2024-05-02",
            ["status"] = "no_show",
            ["appointment_date"] = "2024-05-20",
            ["in_network"] = "false",
        };

        var referral = Assert.IsType<Referral>(mapper.Map(1, row.GetValueOrDefault).Referral);

        Assert.Equal("canonical", referral.Source);
        Assert.Equal(ReferralStatus.NoShow, referral.Status);
        Assert.Equal(new DateOnly(2024, 5, 20), referral.AppointmentDate);
        Assert.False(referral.InNetwork);
    }

    [Fact]
    public void CanonicalProfileRejectsYesNoInNetwork()
    {
        var mapper = new RecordMapper(BuiltInProfiles.Canonical, ClinicProfile.Pseudonymizer);
        var row = new Dictionary<string, string>
        {
            ["referral_id"] = "C-1", ["referring_name"] = "Dr. A", ["referral_date"] = "2024-05-02", ["in_network"] = "yes",
        };

        Assert.Equal("in_network is not true, false or empty", mapper.Map(1, row.GetValueOrDefault).RejectionReason);
    }

    [Fact]
    public void UnknownBuiltInProfileIsAnError() =>
        Assert.Contains("no built-in mapping profile named 'epic'", Assert.Throws<MappingProfileException>(() => BuiltInProfiles.Get("epic")).Message, StringComparison.Ordinal);
}
