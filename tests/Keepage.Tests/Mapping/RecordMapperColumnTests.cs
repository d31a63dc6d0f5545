using Keepage.Mapping;

namespace Keepage.Tests.Mapping;

public sealed class RecordMapperColumnTests
{
    private static readonly string[] FullHeader =
        ["Referral ID", "MRN", "Referring NPI", "Referring Provider", "Ref Date", "Status"];

    [Fact]
    public void AcceptsAFileWithEveryRequiredColumn() =>
        Assert.Null(ClinicProfile.Mapper.FindMissingColumns(FullHeader));

    [Fact]
    public void MatchesColumnsIgnoringCaseAndSpaces() =>
        Assert.Null(ClinicProfile.Mapper.FindMissingColumns([.. FullHeader.Select(name => $" {name.ToUpperInvariant()} ")]));

    [Fact]
    public void ReportsAMappedColumnMissingFromTheFile() =>
        Assert.Equal(
            "the file has no column for status ('Status')",
            ClinicProfile.Mapper.FindMissingColumns(FullHeader.Where(name => name != "Status")));

    [Fact]
    public void CanonicalProfileNeedsOnlyItsRequiredColumns()
    {
        var mapper = new RecordMapper(BuiltInProfiles.Canonical, ClinicProfile.Pseudonymizer);

        Assert.Null(mapper.FindMissingColumns(["referral_id", "referral_date", "referring_name"]));
        Assert.Equal("the file has no column for referral_date ('referral_date')", mapper.FindMissingColumns(["referral_id", "referring_npi"]));
    }
}
