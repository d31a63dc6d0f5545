using Keepage.Core.Ingest;

namespace Keepage.Tests.Ehr.Csv;

public sealed class RejectionReasonCodeTests
{
    [Theory]
    [InlineData("referral_date is not a date in format yyyy-MM-dd", "bad_date", "referral_date")]
    [InlineData("referral_date is missing", "missing_field", "referral_date")]
    [InlineData("status is not a known status; expected pending, scheduled", "unknown_status", "status")]
    [InlineData("in_network is not true, false or empty", "invalid_value", "in_network")]
    [InlineData("missing referring provider", "missing_provider", null)]
    [InlineData("the row has 2 columns but the file has 3", "column_count", null)]
    [InlineData("the file has no column for referral_id ('Referral ID'), status ('Status')", "missing_column", "referral_id")]
    [InlineData("RF1-7 referral date is not a valid HL7 date", "bad_date", "RF1-7")]
    [InlineData("ServiceRequest.authoredOn is not a valid dateTime", "bad_date", "ServiceRequest.authoredOn")]
    [InlineData("MSH segment missing", "missing_field", null)]
    [InlineData("the archive expands more than 100 times its compressed size (a zip bomb?)", "archive", null)]
    [InlineData("something odd", "rejected", null)]
    [InlineData("", "rejected", null)]
    public void ReadsCodeAndFieldFromTheReason(string reason, string code, string? field)
    {
        Assert.Equal(code, RejectionReasons.Code(reason));
        Assert.Equal(field, RejectionReasons.Field(reason));
    }

    [Fact]
    public void ClassifiesAnAmbiguousPatientLink() =>
        Assert.Equal(("ambiguous_link", "patient_key"),
            (RejectionReasons.Code(RejectionReasons.AmbiguousPatientLink), RejectionReasons.Field(RejectionReasons.AmbiguousPatientLink)));

    [Fact]
    public void ClassifiesAReasonWithSeveralProblemsByTheFirst() =>
        Assert.Equal("missing_field", new QuarantinedRecord("sha", "f.csv", "src", 4, "referral_id is missing; referral_date is not a date in format yyyy-MM-dd").Code);
}
