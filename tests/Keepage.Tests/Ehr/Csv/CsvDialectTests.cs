using System.Text;
using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Ehr.Csv;

public sealed class CsvDialectTests
{
    private static readonly PatientPseudonymizer Pseudonymizer = new([.. Enumerable.Repeat((byte)7, 32)]);

    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    private static async Task<List<MappedRecord>> ReadAsync(byte[] bytes, SourceProfile? profile = null, CsvLimits? limits = null)
    {
        var reader = new CsvExportReader(profile ?? BuiltInProfiles.Canonical, Pseudonymizer, limits: limits);
        var cancellationToken = TestContext.Current.CancellationToken;
        return await reader.ReadAsync(new MemoryStream(bytes), cancellationToken).ToListAsync(cancellationToken);
    }

    private static List<string?> Names(List<MappedRecord> records) => [.. records.Select(record => record.Referral?.ReferringName)];

    [Fact]
    public async Task DetectsWindows1252WhenTheFileIsNotUtf8()
    {
        var bytes = Windows1252.GetBytes("referral_id,referral_date,referring_name\r\nR1,2024-01-02,Dr. José Muñoz\r\nR2,2024-01-03,Dr. Zoë Ångström\r\n");

        Assert.Equal(["Dr. José Muñoz", "Dr. Zoë Ångström"], Names(await ReadAsync(bytes)));
    }

    [Fact]
    public async Task ReadsWindows1252WhenTheProfileSaysSo()
    {
        var profile = SourceProfileLoader.Parse("""
            name: legacy
            encoding: windows-1252
            fields: { referral_id: id, referral_date: date, referring_name: name }
            """);

        var records = await ReadAsync(Windows1252.GetBytes("id,date,name\nR1,2024-01-02,Dr. Ñúñez – “Chief”\n"), profile);

        Assert.Equal("Dr. Ñúñez – “Chief”", Assert.Single(records).Referral?.ReferringName);
    }

    [Fact]
    public async Task ReadsA1252CharacterThatFirstAppearsAfterTheSniffedPrefix()
    {
        var filler = string.Concat(Enumerable.Range(1, 3000).Select(i => $"R{i},2024-01-02,Dr. Plain\n"));
        var bytes = Windows1252.GetBytes($"referral_id,referral_date,referring_name\n{filler}R9999,2024-01-02,Dr. Peña\n");
        Assert.True(bytes.Length > ExportEncoding.SniffBytes);

        var records = await ReadAsync(bytes);

        Assert.Equal("Dr. Peña", records[^1].Referral?.ReferringName);
    }

    [Fact]
    public async Task ReadsUtf8WithBomAndCrlf()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("referral_id,referral_date,referring_name\r\nR1,2024-01-02,Dr. Émile\r\nR2,2024-01-03,Dr. Ñ\r\n")];

        var records = await ReadAsync(bytes);

        Assert.Equal(["Dr. Émile", "Dr. Ñ"], Names(records));
        Assert.Equal("R1", records[0].Referral?.ReferralId);
    }

    [Fact]
    public async Task ReadsCarriageReturnOnlyLineEndingsIncludingInsideQuotes()
    {
        var records = await ReadAsync(Encoding.UTF8.GetBytes("referral_id,referral_date,referring_name\rR1,2024-01-02,\"Dr. A\rSecond line\"\rR2,2024-01-03,Dr. B\r"));

        Assert.Equal(["Dr. A\rSecond line", "Dr. B"], Names(records));
        Assert.Equal([1, 2], records.Select(record => record.RecordNumber));
    }

    [Fact]
    public async Task ReadsUtf16WithByteOrderMark()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("referral_id\treferral_date\treferring_name\nR1\t2024-01-02\tDr. Ünal\n")];

        Assert.Equal(["Dr. Ünal"], Names(await ReadAsync(bytes)));
    }

    [Fact]
    public async Task ParsesEpicTimestampsAndAliasedHeadersThroughTheProfile()
    {
        var profile = SourceProfileLoader.Parse("""
            name: report
            delimiter: tab
            fields:
              referral_id: [Referral ID, REFERRAL_ID]
              referral_date: { column: [Entered, ENTRY_DATE], formats: ["M/d/yyyy h:mm:ss tt", "M/d/yyyy"] }
              referring_name: [Referring Provider, REFERRING_PROV_NAME]
              status: { column: Status, values: { Open: pending, Closed: completed } }
            """);

        var records = await ReadAsync(Encoding.UTF8.GetBytes("REFERRAL_ID\tENTRY_DATE\tREFERRING_PROV_NAME\tStatus\r\n77\t1/9/2020 12:00:00 AM\tDr. A\tClosed\r\n78\t12/31/2021 11:59:59 PM\tDr. B\tOpen\r\n"), profile);

        Assert.Equal([new DateOnly(2020, 1, 9), new DateOnly(2021, 12, 31)], records.Select(record => record.Referral!.ReferralDate));
        Assert.Equal([ReferralStatus.Completed, ReferralStatus.Pending], records.Select(record => record.Referral!.Status));
    }

    [Fact]
    public async Task RejectsTheRestOfAFileWithAnUnclosedQuoteInsteadOfBufferingIt()
    {
        var text = "referral_id,referral_date,referring_name\nR1,2024-01-02,Dr. A\nR2,2024-01-03,\"Dr. B\n" + string.Concat(Enumerable.Repeat("R3,2024-01-04,Dr. C\n", 500));

        var records = await ReadAsync(Encoding.UTF8.GetBytes(text), limits: new CsvLimits { MaxRowChars = 2000 });

        Assert.Equal("R1", records[0].Referral?.ReferralId);
        Assert.Equal(2, records.Count);
        Assert.StartsWith("a row is longer than 2000 characters", records[1].RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsNoRecordsFromAnEmptyFile() => Assert.Empty(await ReadAsync([]));

    [Fact]
    public async Task AcceptsAHeaderOnlyFileAsAnEmptyExport() =>
        Assert.Empty(await ReadAsync(Encoding.UTF8.GetBytes("referral_id,referral_date,referring_name\r\n")));

    [Fact]
    public async Task RejectsAHeaderOnlyFileWhoseColumnsDoNotMap()
    {
        var record = Assert.Single(await ReadAsync(Encoding.UTF8.GetBytes("id,when,who\r\n")));

        Assert.Equal(0, record.RecordNumber);
        Assert.StartsWith("the file has no column for referral_id", record.RejectionReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectsRowsHoldingNulCharacters()
    {
        var records = await ReadAsync(Encoding.UTF8.GetBytes("referral_id,referral_date,referring_name\nR1,2024-01-02,Dr.\0A\nR2,2024-01-03,Dr. B\n"));

        Assert.Equal("the row holds binary data (NUL characters)", records[0].RejectionReason);
        Assert.Equal("R2", records[1].Referral?.ReferralId);
    }

    [Theory]
    [InlineData("cp1252", TextEncodings.Windows1252)]
    [InlineData("UTF8", TextEncodings.Utf8)]
    [InlineData("", TextEncodings.Auto)]
    [InlineData("latin-9", null)]
    public void NormalizesEncodingNames(string name, string? expected) =>
        Assert.Equal(expected, TextEncodings.Normalize(name));

    [Fact]
    public void RefusesAnUnknownEncodingInAProfile()
    {
        var error = Assert.Throws<MappingProfileException>(() => SourceProfileLoader.Parse("""
            name: odd
            encoding: ebcdic
            fields: { referral_id: id, referral_date: date, referring_name: name }
            """, "odd.yaml"));

        Assert.Contains("encoding 'ebcdic' is not supported", error.Message, StringComparison.Ordinal);
    }
}
