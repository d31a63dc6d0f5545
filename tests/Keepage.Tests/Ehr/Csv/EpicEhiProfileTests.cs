using System.Text;
using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Ehr.Csv;

public sealed class EpicEhiProfileTests
{
    private static readonly PatientPseudonymizer Pseudonymizer = new([.. Enumerable.Repeat((byte)7, 32)]);
    private static readonly SourceProfile Epic = BuiltInProfiles.Get("epic-ehi-referral");

    private static async Task<ProviderCrosswalk> CrosswalkAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"keepage-crosswalk-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, EpicReferralFile.CrosswalkCsv, TestContext.Current.CancellationToken);
        try
        {
            return await ProviderCrosswalkFile.LoadAsync(path, TestContext.Current.CancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<List<MappedRecord>> ReadAsync(IReadOnlyList<string> header, params Dictionary<string, string>[] rows)
    {
        var reader = new CsvExportReader(Epic, Pseudonymizer, crosswalk: await CrosswalkAsync());
        var cancellationToken = TestContext.Current.CancellationToken;
        return await reader.ReadAsync(new MemoryStream(EpicReferralFile.Tsv(header, rows)), cancellationToken).ToListAsync(cancellationToken);
    }

    [Fact]
    public async Task ReadsTheRealReferralLayoutWithProviderIdsTranslatedToNpis()
    {
        if (EpicReferralFile.SampleHeader() is not { } header)
        {
            Assert.Skip("../shared/samples is not present next to the repository; the Epic header cannot be read.");
            return;
        }

        var referral = Assert.Single(await ReadAsync(header, EpicReferralFile.Row("4471"))).Referral;

        Assert.NotNull(referral);
        Assert.Equal(("4471", "epic"), (referral.ReferralId, referral.Source));
        Assert.Equal(("1234567893", "Byron, Ada MD"), (referral.ReferringNpi, referral.ReferringName));
        Assert.Equal(("P-1", "Byron Family Practice"), (referral.ReferringPracticeId, referral.ReferringPracticeName));
        Assert.Equal("1497758544", referral.ReferredToNpi);
        Assert.Equal(new DateOnly(2020, 1, 9), referral.ReferralDate);
        Assert.Equal(ReferralStatus.Pending, referral.Status);
        Assert.False(referral.InNetwork);
        Assert.Equal(Pseudonymizer.Pseudonymize("Z4471"), referral.PatientKey);
        Assert.Empty(referral.Flags);
    }

    [Theory]
    [InlineData("Closed", ReferralStatus.Completed)]
    [InlineData("Denied", ReferralStatus.Declined)]
    [InlineData("Canceled", ReferralStatus.Cancelled)]
    [InlineData("Pending Review", ReferralStatus.Pending)]
    [InlineData("Expired", ReferralStatus.Expired)]
    public async Task MapsEpicStatusNamesToCanonicalStatuses(string epicStatus, ReferralStatus expected)
    {
        var row = EpicReferralFile.Row("1");
        row["RFL_STATUS_C_NAME"] = epicStatus;

        Assert.Equal(expected, Assert.Single(await ReadAsync(EpicReferralFile.ProfileColumns, row)).Referral?.Status);
    }

    [Fact]
    public async Task KeepsAReferralWhoseProviderIdIsUnknownWithItsNameAndAFlag()
    {
        var row = EpicReferralFile.Row("2");
        row["REFERRING_PROV_ID"] = "REF-9999";
        row["REFERRAL_PROV_ID"] = "SER-9999";

        var referral = Assert.Single(await ReadAsync(EpicReferralFile.ProfileColumns, row)).Referral;

        Assert.NotNull(referral);
        Assert.Equal(("BYRON, ADA", (string?)null, (string?)null), (referral.ReferringName, referral.ReferringNpi, referral.ReferredToNpi));
        Assert.Equal([ReferralFlags.UnmappedReferringProviderId, ReferralFlags.UnmappedReferredToProviderId], referral.Flags.Where(flag => flag.StartsWith("unmapped", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RejectsAReferralWithNoProviderInformationLeft()
    {
        var row = EpicReferralFile.Row("3");
        row["REFERRING_PROV_ID"] = "REF-9999";
        row["REFERRING_PROV_ID_REFERRING_PROV_NAM"] = "";

        var record = Assert.Single(await ReadAsync(EpicReferralFile.ProfileColumns, row));

        Assert.Equal("referring_provider_id is not in the provider crosswalk and the record has no referring provider name", record.RejectionReason);
        Assert.Equal(("unmapped_provider", "referring_provider_id"), (RejectionReasons.Code(record.RejectionReason), RejectionReasons.Field(record.RejectionReason)));
    }

    [Fact]
    public async Task QuarantinesAnUnmappedEpicStatusWithoutItsValue()
    {
        var row = EpicReferralFile.Row("4");
        row["RFL_STATUS_C_NAME"] = "Waitlisted Elsewhere";

        var reason = Assert.Single(await ReadAsync(EpicReferralFile.ProfileColumns, row)).RejectionReason;

        Assert.StartsWith("status is not a known status", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Waitlisted", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NeedsACrosswalkToBeRead()
    {
        var error = Assert.Throws<MappingProfileException>(() => new CsvExportReader(Epic, Pseudonymizer));

        Assert.Contains("crosswalk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolvesAProfileCrosswalkPathBesideTheProfile()
    {
        var folder = Directory.CreateTempSubdirectory("keepage-profile-");
        try
        {
            var profilePath = Path.Combine(folder.FullName, "epic.yaml");
            File.WriteAllText(profilePath, """
                name: epic-local
                delimiter: tab
                fields: { referral_id: REFERRAL_ID, referral_date: { column: ENTRY_DATE, formats: "M/d/yyyy h:mm:ss tt" } }
                crosswalk: { path: providers.csv, referring_provider_id: REFERRING_PROV_ID }
                """, Encoding.UTF8);

            var profile = SourceProfileLoader.LoadFile(profilePath);

            Assert.Equal(Path.Combine(folder.FullName, "providers.csv"), profile.Crosswalk?.Path);
            Assert.Equal(["REFERRING_PROV_ID"], profile.Crosswalk?.ReferringProviderIdColumns);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task LoadsACrosswalkWithQuotedNamesAndRefusesDuplicateIds()
    {
        var crosswalk = await CrosswalkAsync();
        Assert.True(crosswalk.TryFind(" REF-1001 ", out var provider));
        Assert.Equal("Byron, Ada MD", provider.Name);

        Assert.Throws<MappingProfileException>(() => new ProviderCrosswalk([new("A", "1"), new("A", "2")]));
    }
}
