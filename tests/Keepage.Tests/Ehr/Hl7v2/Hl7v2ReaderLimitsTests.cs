using System.Text;
using Keepage.Connectors.Ehr.Hl7v2;

namespace Keepage.Tests.Ehr.Hl7v2;

public sealed class Hl7v2ReaderLimitsTests
{
    private static readonly Hl7v2ReaderOptions Small = new() { MaxMessageBytes = 4096, MaxSegmentsPerMessage = 20, MaxFieldsPerSegment = 40 };

    [Fact]
    public async Task RejectsAnOversizedMessageAndReadsTheNextOne()
    {
        var huge = Hl7v2Text.Referral("BIG").Replace("PID|1|", "OBX|1|ED|||" + new string('A', 100_000) + "\rPID|1|", StringComparison.Ordinal);

        var records = await Hl7v2Text.ReadAsync(Hl7v2Text.Referral("R1") + huge + Hl7v2Text.Referral("R2"), Small);

        Assert.Equal(["R1", null, "R2"], records.Select(r => r.Referral?.ReferralId));
        Assert.Equal("the message is too large (more than 4096 bytes)", records[1].RejectionReason);
    }

    [Fact]
    public async Task RejectsAMessageWithTooManySegments()
    {
        var many = Hl7v2Text.Referral() + string.Concat(Enumerable.Repeat("NTE|1||note\r", 30));

        var record = Assert.Single(await Hl7v2Text.ReadAsync(many, Small));

        Assert.Equal("the message has too many segments (more than 20)", record.RejectionReason);
    }

    [Fact]
    public async Task RejectsASegmentWithTooManyFields()
    {
        var wide = Hl7v2Text.Referral() + "ZZZ" + new string('|', 50) + "\r";

        Assert.Equal("segment 7 has too many fields (more than 40)", Assert.Single(await Hl7v2Text.ReadAsync(wide, Small)).RejectionReason);
    }

    [Fact]
    public async Task ReadsLatin1WhenMsh18DeclaresItOrWhenItIsTheConfiguredDefault()
    {
        var text = Hl7v2Text.Referral().Replace("BYRON^ADA", "MU\u00d1OZ^ADA", StringComparison.Ordinal);
        var declared = Encoding.Latin1.GetBytes(text.Replace("|P|2.5.1\r", "|P|2.5.1||||||8859/1\r", StringComparison.Ordinal));
        var undeclared = Encoding.Latin1.GetBytes(text);

        Assert.Equal("ADA MUÑOZ", Assert.Single(await Hl7v2Text.ReadAsync(declared)).Referral!.ReferringName);
        Assert.Equal("the message is not valid UTF-8: declare its encoding in MSH-18", Assert.Single(await Hl7v2Text.ReadAsync(undeclared)).RejectionReason);
        Assert.Equal("ADA MUÑOZ", Assert.Single(await Hl7v2Text.ReadAsync(undeclared, new Hl7v2ReaderOptions { DefaultCharacterSet = "8859/1" })).Referral!.ReferringName);
    }

    [Fact]
    public async Task RejectsACharacterSetItCannotDecode()
    {
        var text = Hl7v2Text.Referral().Replace("|P|2.5.1\r", "|P|2.5.1||||||ISO IR87\r", StringComparison.Ordinal);

        Assert.Equal("MSH-18 character encoding is not supported (ASCII, 8859/1 and UNICODE UTF-8 are)", Assert.Single(await Hl7v2Text.ReadAsync(text)).RejectionReason);
    }

    [Theory]
    [InlineData("ADT^A08^ADT_A01", "unsupported message type ADT^A08")]
    [InlineData("ORU^R01", "unsupported message type ORU^R01")]
    [InlineData("SIU^S17^SIU_S12", "unsupported message type SIU^S17")]
    [InlineData("JANE DOE^1961", "unsupported message type (MSH-9 is not a valid code)")]
    [InlineData("", "MSH-9 message type is missing")]
    public async Task RejectsMessagesItDoesNotRead(string type, string reason) =>
        Assert.Equal(reason, Assert.Single(await Hl7v2Text.ReadAsync(Hl7v2Text.Referral(type: type))).RejectionReason);

    [Fact]
    public void RefusesOptionsThatCannotWork()
    {
        Assert.Throws<ArgumentException>(() => new Hl7v2ExportReader(Hl7v2Ingest.Pseudonymizer, "s", new Hl7v2ReaderOptions { MaxMessageBytes = 10 }));
        Assert.Throws<ArgumentException>(() => new Hl7v2ExportReader(Hl7v2Ingest.Pseudonymizer, "s", new Hl7v2ReaderOptions { DefaultCharacterSet = "EBCDIC" }));
        Assert.Throws<ArgumentException>(() => new Hl7v2ExportReader(Hl7v2Ingest.Pseudonymizer, " "));
    }

    [Fact]
    public async Task StreamsMessageByMessageWithoutReadingTheWholeFile()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var content = new RepeatingStream(Encoding.UTF8.GetBytes(Hl7v2Text.Referral()), copies: 20_000);
        var reader = new Hl7v2ExportReader(Hl7v2Ingest.Pseudonymizer, Hl7v2Ingest.Source);

        await using var records = reader.ReadAsync(content, cancellationToken).GetAsyncEnumerator(cancellationToken);
        Assert.True(await records.MoveNextAsync());

        Assert.NotNull(records.Current.Referral);
        Assert.InRange(content.BytesRead, 1, content.Length / 50);
    }

    /// <summary>One message over and over, produced on demand, so a reader that loads the whole file shows up.</summary>
    private sealed class RepeatingStream(byte[] message, int copies) : Stream
    {
        public long BytesRead { get; private set; }

        public override long Length => (long)message.Length * copies;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var remaining = (int)Math.Min(count, Length - BytesRead);
            for (var i = 0; i < remaining; i++)
                buffer[offset + i] = message[(BytesRead + i) % message.Length];
            BytesRead += remaining;
            return remaining;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
