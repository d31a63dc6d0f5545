using Keepage.Connectors.Ehr.Hl7v2;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Ehr.Hl7v2;

public sealed class Hl7v2ReferralMappingTests
{
    private static async Task<Referral> AcceptedAsync(string text, Hl7v2ReaderOptions? options = null)
    {
        var record = Assert.Single(await Hl7v2Text.ReadAsync(text, options));
        Assert.Null(record.RejectionReason);
        return Assert.IsType<Referral>(record.Referral);
    }

    private static async Task<string> RejectedAsync(string text, Hl7v2ReaderOptions? options = null)
    {
        var record = Assert.Single(await Hl7v2Text.ReadAsync(text, options));
        Assert.Null(record.Referral);
        Assert.Null(record.Update);
        return Assert.IsType<string>(record.RejectionReason);
    }

    [Fact]
    public async Task MapsANewReferralFromRefI12()
    {
        var referral = await AcceptedAsync(Hl7v2Text.Referral());

        Assert.Equal(("R-100", Hl7v2Ingest.Source, ReferralStatus.Pending, new DateOnly(2024, 3, 1)),
            (referral.ReferralId, referral.Source, referral.Status, referral.ReferralDate));
        Assert.Equal(("1234567893", "ADA BYRON", "BYRON FAMILY PRACTICE"), (referral.ReferringNpi, referral.ReferringName, referral.ReferringPracticeName));
        Assert.Equal(("1245319599", "CARDIOLOGY"), (referral.ReferredToNpi, referral.ReferredToDepartment));
        Assert.Equal(("routine", "Blue Cross Blue Shield of Texas"), (referral.Priority, referral.Payer));
        Assert.Equal(Hl7v2Ingest.Pseudonymizer.Pseudonymize("MRN-CANARY-1"), referral.PatientKey);
        Assert.Empty(referral.Flags);
    }

    [Theory]
    [InlineData("P^Pending^HL70283", ReferralStatus.Pending)]
    [InlineData("A^Accepted^HL70283", ReferralStatus.Pending)]
    [InlineData("R^Rejected^HL70283", ReferralStatus.Declined)]
    [InlineData("E^Expired^HL70283", ReferralStatus.Expired)]
    [InlineData("C^Cancelled^Local", ReferralStatus.Cancelled)]
    [InlineData("X9^Canceled^Local", ReferralStatus.Cancelled)]
    [InlineData("^completed", ReferralStatus.Completed)]
    [InlineData("", ReferralStatus.Pending)]
    public async Task MapsRf1StatusCodes(string rf1Status, ReferralStatus expected) =>
        Assert.Equal(expected, (await AcceptedAsync(Hl7v2Text.Referral(status: rf1Status))).Status);

    [Fact]
    public async Task RejectsAnUnknownStatusUnlessConfigured()
    {
        Assert.Equal("RF1-1 referral status is not a known code (table 0283 or a configured local code)",
            await RejectedAsync(Hl7v2Text.Referral(status: "AU^Authorized^Local")));

        var options = new Hl7v2ReaderOptions
        {
            ReferralStatusCodes = new Dictionary<string, ReferralStatus>(Hl7v2ReaderOptions.Default.ReferralStatusCodes) { ["au"] = ReferralStatus.Scheduled },
        };
        Assert.Equal(ReferralStatus.Scheduled, (await AcceptedAsync(Hl7v2Text.Referral(status: "AU^Authorized^Local"), options)).Status);
    }

    [Fact]
    public async Task FlagsAnNpiThatFailsTheCheckDigitOrRejectsItWhenConfigured()
    {
        var text = Hl7v2Text.Referral().Replace("1234567893^NPI", "1234567890^NPI", StringComparison.Ordinal);

        var referral = await AcceptedAsync(text);
        Assert.Equal("1234567890", referral.ReferringNpi);
        Assert.Equal([ReferralFlags.InvalidReferringNpi], referral.Flags);

        Assert.Equal("PRD-7 referring NPI is not valid (check digit)", await RejectedAsync(text, new Hl7v2ReaderOptions { RejectInvalidNpi = true }));
    }

    [Theory]
    [InlineData("1234567893^^^NPI&2.16.840.1.113883.4.6&ISO^NPI", "1234567893")]
    [InlineData("1234567893^^^&2.16.840.1.113883.4.6&ISO", "1234567893")]
    [InlineData("PLN1001^SL^MI^20240112", null)]
    public async Task FindsTheNpiAmongPrdIdentifiers(string identifiers, string? npi)
    {
        var text = Hl7v2Text.Referral().Replace("1234567893^NPI~PLN1001^SL", identifiers, StringComparison.Ordinal);

        Assert.Equal(npi, (await AcceptedAsync(text)).ReferringNpi);
    }

    [Fact]
    public async Task FallsBackToPv1ReferringDoctorWithoutAReferringPrd()
    {
        var text = Hl7v2Text.Referral().Replace("PRD|RP^Referring Provider^HL70286", "PRD|PP^Primary Care Provider^HL70286", StringComparison.Ordinal)
            + "PV1|1|O|||||0210^ATTEND^AARON|1679892871^Doolittle^Doctor^^^^^^CMS&2.16.840.1.113883.3.249&ISO^^^^NPI\r";

        var referral = await AcceptedAsync(text);

        Assert.Equal(("1679892871", "Doctor Doolittle"), (referral.ReferringNpi, referral.ReferringName));
    }

    [Fact]
    public async Task FlagsAMissingPatientIdAndNeverUsesTheSocialSecurityNumber()
    {
        var text = Hl7v2Text.Referral().Replace("MRN-CANARY-1^^^GHH^MR~", "", StringComparison.Ordinal);

        var referral = await AcceptedAsync(text);

        Assert.Null(referral.PatientKey);
        Assert.Equal([ReferralFlags.MissingPatientId], referral.Flags);
    }

    [Theory]
    [InlineData("20240231", "RF1-7 effective date is not a valid HL7 date")]
    [InlineData("2024-03-01", "RF1-7 effective date is not a valid HL7 date")]
    [InlineData("202403", "RF1-7 effective date is not a valid HL7 date")]
    public async Task RejectsAnInvalidReferralDateNamingTheFieldNotTheValue(string date, string reason)
    {
        var text = Hl7v2Text.Referral().Replace("|20240301|20240601|", $"|{date}|20240601|", StringComparison.Ordinal);

        var rejection = await RejectedAsync(text);

        Assert.Equal(reason, rejection);
        Assert.DoesNotContain(date, rejection, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsEveryProblemOfARejectedReferral()
    {
        var text = Hl7v2Text.Message(Hl7v2Text.RefHeader, "PID|1||X^^^^MR");

        Assert.Equal("RF1 segment is missing; missing referring provider (no PRD with role RP, PV1-8 and PV2-13 are empty)", await RejectedAsync(text));
    }

    [Theory]
    [InlineData("REF^I13^REF_I12", "R^Rejected", ReferralStatus.Declined)]
    [InlineData("REF^I13^REF_I12", "P^Pending", null)]
    [InlineData("REF^I14^REF_I12", "P^Pending", ReferralStatus.Cancelled)]
    [InlineData("REF^I15^REF_I12", "E^Expired", ReferralStatus.Expired)]
    [InlineData("RRI^I12^RRI_I12", "A^Accepted", null)]
    [InlineData("RRI^I12^RRI_I12", "R^Rejected", ReferralStatus.Declined)]
    public async Task LaterReferralMessagesUpdateTheReferralInsteadOfDuplicatingIt(string type, string status, ReferralStatus? expected)
    {
        var record = Assert.Single(await Hl7v2Text.ReadAsync(Hl7v2Text.Referral(status: status, type: type)));

        Assert.Null(record.Referral);
        Assert.Equal(("R-100", expected), (record.Update!.ReferralId, record.Update.Status));
    }
}
