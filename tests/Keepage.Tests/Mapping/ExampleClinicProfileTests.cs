using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Mapping;

/// <summary>The example in docs/mapping-profiles.md, committed under samples/profiles, loads and maps its CSV.</summary>
public sealed class ExampleClinicProfileTests
{
    private static async Task<List<MappedRecord>> ReadSampleAsync()
    {
        var profile = SourceProfileLoader.LoadFile(RepositoryFiles.Path("samples", "profiles", "example-clinic.yaml"));
        await using var file = File.OpenRead(RepositoryFiles.Path("samples", "profiles", "example-clinic.csv"));
        return await new CsvExportReader(profile, ClinicProfile.Pseudonymizer).ReadAsync(file, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task QuarantinesOnlyTheRowWithAnImpossibleDate()
    {
        var records = await ReadSampleAsync();

        Assert.Equal(10, records.Count);
        var rejected = Assert.Single(records, record => record.Referral is null);
        Assert.Equal(6, rejected.RecordNumber);
        Assert.Equal("referral_date is not a date in format M/d/yyyy or M/d/yyyy h:mm:ss tt", rejected.RejectionReason);
    }

    [Fact]
    public async Task FlagsTheInvalidNpiAndTheMissingPatient()
    {
        var referrals = (await ReadSampleAsync()).Select(record => record.Referral).OfType<Referral>().ToList();

        Assert.Equal([ReferralFlags.InvalidReferringNpi], referrals.Single(referral => referral.ReferralId == "EX-0007").Flags);
        Assert.Equal([ReferralFlags.MissingPatientId], referrals.Single(referral => referral.ReferralId == "EX-0009").Flags);
        Assert.Equal(7, referrals.Count(referral => referral.Flags.Count == 0));
    }

    [Fact]
    public async Task MapsTheClinicsVocabulary()
    {
        var referrals = (await ReadSampleAsync()).Select(record => record.Referral).OfType<Referral>().ToDictionary(referral => referral.ReferralId);

        Assert.Equal(ReferralStatus.Completed, referrals["EX-0001"].Status);
        Assert.Equal(ReferralStatus.NoShow, referrals["EX-0005"].Status);
        Assert.Equal("Smith, Jones & Partners", referrals["EX-0005"].ReferringPracticeName);
        Assert.Equal(new DateOnly(2024, 2, 5), referrals["EX-0008"].ReferralDate);
        Assert.False(referrals["EX-0004"].InNetwork);
        Assert.Null(referrals["EX-0003"].Payer);
        Assert.All(referrals.Values, referral => Assert.Equal(("example-clinic", "Ambulatory"), (referral.Source, referral.ServiceLine)));
    }
}
