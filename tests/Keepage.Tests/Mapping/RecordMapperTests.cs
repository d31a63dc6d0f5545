using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Mapping;

public sealed class RecordMapperTests
{
    private static MappedRecord Map(Action<Dictionary<string, string>>? change = null, int recordNumber = 1)
    {
        var row = ClinicProfile.Row();
        change?.Invoke(row);
        return ClinicProfile.Mapper.Map(recordNumber, ClinicProfile.Lookup(row));
    }

    private static Referral Accepted(Action<Dictionary<string, string>>? change = null)
    {
        var record = Map(change);
        Assert.Null(record.RejectionReason);
        return Assert.IsType<Referral>(record.Referral);
    }

    private static string Rejected(Action<Dictionary<string, string>> change)
    {
        var record = Map(change);
        Assert.Null(record.Referral);
        return Assert.IsType<string>(record.RejectionReason);
    }

    [Fact]
    public void MapsEveryMappedColumn()
    {
        var referral = Accepted();

        Assert.Equal("R-1001", referral.ReferralId);
        Assert.Equal("clinic-a", referral.Source);
        Assert.Equal(ClinicProfile.ValidNpi, referral.ReferringNpi);
        Assert.Equal("Dr. Ada Lovelace", referral.ReferringName);
        Assert.Equal(ClinicProfile.OtherValidNpi, referral.ReferredToNpi);
        Assert.Equal("Cardiology", referral.Specialty);
        Assert.Equal(new DateOnly(2024, 3, 7), referral.ReferralDate);
        Assert.Null(referral.ScheduledDate);
        Assert.Equal(ReferralStatus.Pending, referral.Status);
        Assert.True(referral.InNetwork);
        Assert.Empty(referral.Flags);
    }

    [Fact]
    public void KeepsTheRecordNumber() => Assert.Equal(42, Map(recordNumber: 42).RecordNumber);

    [Fact]
    public void QuarantinesRowWithBadDate() =>
        Assert.Equal("referral_date is not a date in format M/d/yyyy or yyyy-MM-dd", Rejected(row => row["Ref Date"] = "13/45/2024"));

    [Fact]
    public void QuarantinesRowWithMissingReferralDate() =>
        Assert.Equal("referral_date is missing", Rejected(row => row["Ref Date"] = "  "));

    [Fact]
    public void QuarantinesRowWithMissingReferralId() =>
        Assert.Equal("referral_id is missing", Rejected(row => row.Remove("Referral ID")));

    [Fact]
    public void QuarantinesRowWithBadOptionalDateNamingTheField() =>
        Assert.Equal("scheduled_date is not a date in format M/d/yyyy", Rejected(row => row["Sched Date"] = "2024-03-09"));

    [Fact]
    public void AcceptsAnyOfSeveralDateFormats() =>
        Assert.Equal(new DateOnly(2024, 3, 7), Accepted(row => row["Ref Date"] = "2024-03-07").ReferralDate);

    [Fact]
    public void ReadsDateTimeColumnsAsTheirDate() =>
        Assert.Equal(new DateOnly(2020, 1, 9), Accepted(row => row["Done"] = "1/9/2020 11:30:00 PM").CompletedDate);

    [Fact]
    public void FlagsButKeepsInvalidNpi()
    {
        var referral = Accepted(row => row["Referring NPI"] = ClinicProfile.BadCheckDigitNpi);

        Assert.Equal(ClinicProfile.BadCheckDigitNpi, referral.ReferringNpi);
        Assert.Equal([ReferralFlags.InvalidReferringNpi], referral.Flags);
    }

    [Fact]
    public void FlagsButKeepsInvalidReferredToNpi() =>
        Assert.Equal([ReferralFlags.InvalidReferredToNpi], Accepted(row => row["Referred To NPI"] = "12345").Flags);

    [Fact]
    public void RejectsMissingReferringProvider() =>
        Assert.Equal("missing referring provider", Rejected(row =>
        {
            row["Referring NPI"] = "";
            row.Remove("Referring Provider");
        }));

    [Fact]
    public void AcceptsReferringNameWithoutNpi() =>
        Assert.Null(Accepted(row => row["Referring NPI"] = "").ReferringNpi);

    [Fact]
    public void UsesTheFirstAliasThatHasAValue() =>
        Assert.Equal("Dr. Grace Hopper", Accepted(row =>
        {
            row["Referring Provider"] = "";
            row["Referring Physician"] = "Dr. Grace Hopper";
        }).ReferringName);

    [Theory]
    [InlineData("Sched", ReferralStatus.Scheduled)]
    [InlineData("sched", ReferralStatus.Scheduled)]
    [InlineData(" CLOSED ", ReferralStatus.Completed)]
    [InlineData("Canceled", ReferralStatus.Cancelled)]
    [InlineData("no_show", ReferralStatus.NoShow)]
    [InlineData("", ReferralStatus.Pending)]
    public void MapsStatusThroughValueMap(string text, ReferralStatus expected) =>
        Assert.Equal(expected, Accepted(row => row["Status"] = text).Status);

    [Fact]
    public void RejectsUnmappableStatusNamingTheField()
    {
        var reason = Rejected(row => row["Status"] = "Authorized");

        Assert.StartsWith("status is not a known status", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Authorized", reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Y", true)]
    [InlineData("n", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("TRUE", true)]
    [InlineData("", null)]
    public void MapsInNetworkThroughValueMap(string text, bool? expected) =>
        Assert.Equal(expected, Accepted(row => row["In Network"] = text).InNetwork);

    [Fact]
    public void RejectsUnparseableInNetwork() =>
        Assert.Equal("in_network is not true, false or empty", Rejected(row => row["In Network"] = "maybe"));

    [Fact]
    public void PseudonymisesPatientId()
    {
        var referral = Accepted();

        Assert.Equal(ClinicProfile.Pseudonymizer.Pseudonymize("MRN-5550001"), referral.PatientKey);
        Assert.DoesNotContain("5550001", referral.PatientKey, StringComparison.Ordinal);
    }

    [Fact]
    public void FlagsMissingPatientId()
    {
        var referral = Accepted(row => row["MRN"] = " ");

        Assert.Null(referral.PatientKey);
        Assert.Equal([ReferralFlags.MissingPatientId], referral.Flags);
    }

    [Fact]
    public void TrimsWhitespace()
    {
        var referral = Accepted(row =>
        {
            row["Referral ID"] = "  R-1001\t";
            row["MRN"] = " MRN-5550001 ";
            row["Ref Date"] = " 3/7/2024 ";
        });

        Assert.Equal("R-1001", referral.ReferralId);
        Assert.Equal(Accepted().PatientKey, referral.PatientKey);
        Assert.Equal(new DateOnly(2024, 3, 7), referral.ReferralDate);
    }

    [Fact]
    public void FillsEmptyFieldsFromDefaults() => Assert.Equal("Self pay", Accepted().Payer);

    [Fact]
    public void ListsEveryProblemOfARejectedRow() =>
        Assert.Equal(
            "referral_id is missing; referral_date is not a date in format M/d/yyyy or yyyy-MM-dd; in_network is not true, false or empty",
            Rejected(row =>
            {
                row["Referral ID"] = "";
                row["Ref Date"] = "soon";
                row["In Network"] = "perhaps";
            }));
}
