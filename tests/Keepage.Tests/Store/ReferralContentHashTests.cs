using Keepage.Connectors.Store;

namespace Keepage.Tests.Store;

public sealed class ReferralContentHashTests
{
    [Fact]
    public void IsStableForEqualContent() =>
        Assert.Equal(ReferralContentHash.Compute(StoreReferrals.Full()), ReferralContentHash.Compute(StoreReferrals.Full()));

    [Fact]
    public void ChangesWithAnyField()
    {
        var full = StoreReferrals.Full();
        var variants = new[]
        {
            full with { ReferralId = "R-2" }, full with { PatientKey = null }, full with { ReferringName = "Dr. B" },
            full with { ReferralDate = full.ReferralDate.AddDays(1) }, full with { InNetwork = null }, full with { InNetwork = true },
            full with { CompletedDate = full.ReferralDate }, full with { Flags = ["invalid_referred_to_npi"] },
            full with { Priority = "" }, full with { Payer = "Acme Health\n" },
        };

        var hashes = variants.Select(ReferralContentHash.Compute).Append(ReferralContentHash.Compute(full));

        Assert.Equal(variants.Length + 1, hashes.Distinct().Count());
    }

    [Fact]
    public void IgnoresFlagOrder() =>
        Assert.Equal(
            ReferralContentHash.Compute(StoreReferrals.Full() with { Flags = ["b", "a"] }),
            ReferralContentHash.Compute(StoreReferrals.Full() with { Flags = ["a", "b"] }));

    [Fact]
    public void SeparatesValuesUnambiguously() =>
        Assert.NotEqual(
            ReferralContentHash.Compute(StoreReferrals.Minimal("R-1") with { ReferringName = "a", Specialty = "b" }),
            ReferralContentHash.Compute(StoreReferrals.Minimal("R-1") with { ReferringName = "a\nspecialty=1:b", Specialty = null }));
}
