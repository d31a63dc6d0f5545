using System.Text;
using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;
using Keepage.Mapping;

namespace Keepage.Tests.Ehr;

public sealed class CsvExportReaderTests
{
    private static readonly PatientPseudonymizer Pseudonymizer = new([.. Enumerable.Repeat((byte)7, 32)]);

    private static async Task<List<MappedRecord>> ReadAsync(string text, SourceProfile? profile = null, bool bom = false, string? source = null)
    {
        byte[] bytes = [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];
        var reader = new CsvExportReader(profile ?? BuiltInProfiles.Canonical, Pseudonymizer, source);
        var cancellationToken = TestContext.Current.CancellationToken;
        return await reader.ReadAsync(new MemoryStream(bytes), cancellationToken).ToListAsync(cancellationToken);
    }

    private static List<Referral> Accepted(List<MappedRecord> records) =>
        [.. records.Select(record => Assert.IsType<Referral>(record.Referral, exactMatch: true))];

    [Fact]
    public async Task ReadsUtf8WithByteOrderMark()
    {
        var referrals = Accepted(await ReadAsync("referral_id,referral_date,referring_name\nR1,2024-01-02,Dr. Émile\n", bom: true));

        Assert.Equal("R1", Assert.Single(referrals).ReferralId);
        Assert.Equal("Dr. Émile", referrals[0].ReferringName);
    }

    [Fact]
    public async Task ReadsCrlfLineEndings()
    {
        var referrals = Accepted(await ReadAsync("referral_id,referral_date,referring_name\r\nR1,2024-01-02,Dr. A\r\nR2,2024-01-03,Dr. B\r\n"));

        Assert.Equal(["Dr. A", "Dr. B"], referrals.Select(referral => referral.ReferringName));
    }

    [Fact]
    public async Task KeepsQuotedNewlineDelimiterAndQuotesInOneField()
    {
        var records = await ReadAsync("referral_id,referring_name,referral_date\nR1,\"Dr. A, \"\"Al\"\"\nSmith\",2024-01-02\nR2,Dr. B,2024-01-03\n");

        Assert.Equal("Dr. A, \"Al\"\nSmith", Accepted(records)[0].ReferringName);
        Assert.Equal([1, 2], records.Select(record => record.RecordNumber));
    }

    [Fact]
    public async Task DetectsTabDelimiter()
    {
        var referral = Assert.Single(Accepted(await ReadAsync("referral_id\treferral_date\treferring_name\tpayer\nR1\t2024-01-02\tDr. A\tAcme, Inc\n")));

        Assert.Equal("Acme, Inc", referral.Payer);
    }

    [Fact]
    public async Task UsesTheProfilesDelimiter()
    {
        var profile = BuiltInProfiles.Canonical with { Delimiter = '|' };

        var referral = Assert.Single(Accepted(await ReadAsync("referral_id|referral_date|referring_name\nR1|2024-01-02|Dr. A; B,C\n", profile)));

        Assert.Equal("Dr. A; B,C", referral.ReferringName);
    }

    [Fact]
    public async Task RejectsRaggedRowAndReadsOn()
    {
        var records = await ReadAsync("referral_id,referral_date,referring_name\nR1,2024-01-02\nR2,2024-01-03,Dr. B,extra\nR3,2024-01-04,Dr. C\n");

        Assert.Equal("the row has 2 columns but the file has 3", records[0].RejectionReason);
        Assert.Equal("the row has 4 columns but the file has 3", records[1].RejectionReason);
        Assert.Equal("R3", records[2].Referral?.ReferralId);
    }

    [Fact]
    public async Task SkipsEmptyLinesWithoutCountingThem()
    {
        var records = await ReadAsync("referral_id,referral_date,referring_name\n\nR1,2024-01-02,Dr. A\n\n   \nR2,2024-01-03,Dr. B\n\n");

        Assert.Equal([(1, "R1"), (2, "R2")], records.Select(record => (record.RecordNumber, record.Referral?.ReferralId)));
    }

    [Fact]
    public async Task RejectsEveryRowWhenAMappedColumnIsMissing()
    {
        var records = await ReadAsync("referral_id,ref_date,referring_name\nR1,2024-01-02,Dr. A\nR2,2024-01-03,Dr. B\n");

        Assert.Equal(2, records.Count);
        Assert.All(records, record => Assert.Equal("the file has no column for referral_date ('referral_date')", record.RejectionReason));
    }

    [Fact]
    public async Task IgnoresUnknownColumnsAndMatchesHeadersIgnoringCase()
    {
        var referral = Assert.Single(Accepted(await ReadAsync("Referral_ID,internal_note, REFERRAL_DATE ,referring_name\nR1,anything,2024-01-02,Dr. A\n")));

        Assert.Equal(new DateOnly(2024, 1, 2), referral.ReferralDate);
    }

    [Fact]
    public async Task MapsAFileWithoutHeaderByColumnNumber()
    {
        var profile = SourceProfileLoader.Parse("name: headerless\nhasHeader: false\ndelimiter: ';'\nfields: { referral_id: 2, referral_date: 1, referring_npi: 3 }");

        var records = await ReadAsync("2024-01-02;R1;1234567893\n2024-01-03;R2;1234567893\n", profile);

        Assert.Equal(["R1", "R2"], Accepted(records).Select(referral => referral.ReferralId));
        Assert.Equal(1, records[0].RecordNumber);
    }

    [Fact]
    public async Task StampsTheGivenSourceWhenTheFileHasNone()
    {
        var records = await ReadAsync("referral_id,referral_date,referring_name,source\nR1,2024-01-02,Dr. A,\nR2,2024-01-02,Dr. A,other-feed\n", source: "clinic-b");

        Assert.Equal(["clinic-b", "other-feed"], Accepted(records).Select(referral => referral.Source));
    }

    [Fact]
    public async Task ReadsNothingFromAnEmptyFile() => Assert.Empty(await ReadAsync(""));

    [Fact]
    public async Task StreamsRecordsBeforeTheFileIsReadWhole()
    {
        var text = new StringBuilder("referral_id,referral_date,referring_name\n");
        for (var i = 0; i < 50_000; i++)
            text.Append('R').Append(i).Append(",2024-01-02,Dr. A\n");
        var content = new CountingStream(Encoding.UTF8.GetBytes(text.ToString()));
        var reader = new CsvExportReader(BuiltInProfiles.Canonical, Pseudonymizer);

        await foreach (var record in reader.ReadAsync(content, TestContext.Current.CancellationToken))
        {
            Assert.Equal("R0", record.Referral?.ReferralId);
            break;
        }

        Assert.True(content.BytesRead < content.Length / 4, $"read {content.BytesRead} of {content.Length} bytes before the first record");
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count) => Counted(base.Read(buffer, offset, count));

        public override int Read(Span<byte> buffer) => Counted(base.Read(buffer));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await base.ReadAsync(buffer, cancellationToken));

        private int Counted(int read)
        {
            BytesRead += read;
            return read;
        }
    }
}
