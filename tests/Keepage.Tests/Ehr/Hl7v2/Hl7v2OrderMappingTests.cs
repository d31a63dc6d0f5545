using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Ehr.Hl7v2;

public sealed class Hl7v2OrderMappingTests
{
    // ORC-12 as the Microsoft SIU sample writes an XCN: NPI OID in XCN-9, type NPI in XCN-13 (its check digit fails).
    private const string OidProvider = "9941339109^Smith&Mr.&Smith^Adam^Mellie^Jr^Dr^MD^^NPIID&2.16.840.1.113883.4.6&ISO^L^^^NPI";

    private static string Order(string control = "NW", string status = "", string placer = "ORD-7^EHR", string filler = "", string orderingProvider = OidProvider, string type = "OMG^O19^OMG_O19") =>
        Hl7v2Text.Message(
            $"MSH|^~\\&|EHR|FAC|REF|RFAC|20240401120000-0500||{type}|C9|P|2.5.1",
            "PID|1||MRN-7^^^FAC^MR",
            $"ORC|{control}|{placer}|{filler}||{status}||||20240402|||{orderingProvider}|||||||||Lakeside Clinic^^^^^^^^^LC-1",
            "TQ1|1||||||||A",
            $"OBR|1|{placer}|{filler}|57133-1^Referral note^LN||||||||||||{orderingProvider}");

    [Fact]
    public async Task MapsANewReferralOrder()
    {
        var referral = Assert.Single(await Hl7v2Text.ReadAsync(Order())).Referral!;

        Assert.Equal(("ORD-7", ReferralStatus.Pending, new DateOnly(2024, 4, 2)), (referral.ReferralId, referral.Status, referral.ReferralDate));
        Assert.Equal(("9941339109", "Adam Mellie Smith Jr"), (referral.ReferringNpi, referral.ReferringName));
        Assert.Equal(("LC-1", "Lakeside Clinic", "asap"), (referral.ReferringPracticeId, referral.ReferringPracticeName, referral.Priority));
        Assert.Equal([ReferralFlags.InvalidReferringNpi], referral.Flags);
    }

    [Theory]
    [InlineData("SC", ReferralStatus.Scheduled)]
    [InlineData("CM", ReferralStatus.Completed)]
    [InlineData("IP", ReferralStatus.Pending)]
    [InlineData("CA", ReferralStatus.Cancelled)]
    public async Task MapsOrderStatus(string orderStatus, ReferralStatus expected) =>
        Assert.Equal(expected, Assert.Single(await Hl7v2Text.ReadAsync(Order(status: orderStatus, type: "ORM^O01^ORM_O01"))).Referral!.Status);

    [Fact]
    public async Task RejectsAnUnknownOrderStatus() =>
        Assert.Equal("ORC-5 order status is not a known code (table 0038)", Assert.Single(await Hl7v2Text.ReadAsync(Order(status: "ZZ"))).RejectionReason);

    [Theory]
    [InlineData("CA", "", "OMG^O19^OMG_O19", ReferralStatus.Cancelled)]
    [InlineData("DC", "", "ORM^O01^ORM_O01", ReferralStatus.Cancelled)]
    [InlineData("UA", "", "OMG^O19^OMG_O19", ReferralStatus.Declined)]
    [InlineData("SC", "SC", "OSU^O51^OSU_O51", ReferralStatus.Scheduled)]
    [InlineData("NW", "CM", "OSU^O51^OSU_O51", ReferralStatus.Completed)]
    [InlineData("XO", "IP", "ORM^O01^ORM_O01", null)]
    public async Task LaterOrderMessagesUpdateTheReferral(string control, string status, string type, ReferralStatus? expected)
    {
        var record = Assert.Single(await Hl7v2Text.ReadAsync(Order(control, status, type: type)));

        Assert.Null(record.Referral);
        Assert.Equal(("ORD-7", expected), (record.Update!.ReferralId, record.Update.Status));
    }

    [Fact]
    public async Task UsesTheFillerNumberOnlyWhenNoPlacerNumberWasSent()
    {
        var both = Assert.Single(await Hl7v2Text.ReadAsync(Order(filler: "FIL-3^LAB"))).Referral!;
        var fillerOnly = Assert.Single(await Hl7v2Text.ReadAsync(Order(placer: "", filler: "FIL-3^LAB"))).Referral!;

        Assert.Equal(("ORD-7", "FIL-3"), (both.ReferralId, fillerOnly.ReferralId));
    }

    [Fact]
    public async Task ReadsACmsAuthorityNpiAndALocalIdWithoutNpi()
    {
        var cms = Assert.Single(await Hl7v2Text.ReadAsync(Order(orderingProvider: "1679892871^Doolittle^Doctor^^^^^^CMS&2.16.840.1.113883.3.249&ISO^^^^NPI"))).Referral!;
        var local = Assert.Single(await Hl7v2Text.ReadAsync(Order(orderingProvider: "0310^REFER^LINDA^C"))).Referral!;

        Assert.Equal(("1679892871", "Doctor Doolittle"), (cms.ReferringNpi, cms.ReferringName));
        Assert.Equal((null, "LINDA C REFER"), (local.ReferringNpi, local.ReferringName));
    }

    [Fact]
    public async Task RejectsAnOrderWithoutAnyOrderNumber() =>
        Assert.Equal("ORC-2 placer order number is missing (and ORC-3, OBR-2, OBR-3)",
            Assert.Single(await Hl7v2Text.ReadAsync(Order(placer: ""))).RejectionReason);
}
