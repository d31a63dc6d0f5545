using System.Text;

namespace Keepage.Tests.Ehr.Hl7v2;

public sealed class Hl7v2ParserTests
{
    private const string Header = "MSH|^~\\&|APP|FAC|RAPP|RFAC|20240301||ADT^A08|1|P|2.5.1";

    [Fact]
    public async Task ReadsDelimitersFromMshInsteadOfAssumingThem()
    {
        var message = await Hl7v2Wire.SingleAsync("MSH#$*!@#APP#FAC#####ADT$A08#1\rZZZ#a$b@c*d$e#tail\r");

        var field = message.First("ZZZ")!.Field(1);
        Assert.Equal(('#', '$', '*', '!', '@'), (message.Delimiters.Field, message.Delimiters.Component, message.Delimiters.Repetition, message.Delimiters.Escape, message.Delimiters.Subcomponent));
        Assert.Equal("ADT", Hl7v2Wire.Text(message.Header.Field(9).Component(1)));
        Assert.Equal("a", Hl7v2Wire.Text(field.Component(1)));
        Assert.Equal("c", Hl7v2Wire.Text(field.Repetition(1).Component(2).Subcomponent(2)));
        Assert.Equal("e", Hl7v2Wire.Text(field.Repetition(2).Component(2)));
        Assert.Equal("tail", Hl7v2Wire.Text(message.First("ZZZ")!.Field(2)));
    }

    [Fact]
    public async Task NumbersMshFieldsFromTheSeparatorItself()
    {
        var message = await Hl7v2Wire.SingleAsync(Header + "\r");

        Assert.Equal("|", message.Header.Field(1).Raw.ToString());
        Assert.Equal("^~\\&", message.Header.Field(2).Raw.ToString());
        Assert.Equal("APP", Hl7v2Wire.Text(message.Header.Field(3)));
        Assert.Equal("2.5.1", Hl7v2Wire.Text(message.Header.Field(12)));
    }

    [Fact]
    public async Task UnescapesSeparatorsOnlyAfterSplitting()
    {
        var message = await Hl7v2Wire.SingleAsync($"{Header}\rZZZ|A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\F^second\r");

        var field = message.First("ZZZ")!.Field(1);
        Assert.Equal("A|B^C&D~E\\F", Hl7v2Wire.Text(field.Component(1)));
        Assert.Equal("second", Hl7v2Wire.Text(field.Component(2)));
        Assert.Single(field.Repetitions(10));
    }

    [Theory]
    [InlineData("UNICODE UTF-8", "Mu\\XC3B1\\oz", "Muñoz")]
    [InlineData("8859/1", "Mu\\XF1\\oz", "Muñoz")]
    [InlineData("", "caf\\XC3A9\\", "café")]
    [InlineData("", "line\\.br\\break", "line\nbreak")]
    [InlineData("", "a\\.sp2\\b\\.ce\\c", "a\nbc")]
    [InlineData("", "\\H\\bold\\N\\ \\C2842\\x\\Zlocal\\", "bold x")]
    [InlineData("#", "cut\\P\\", "cut#")]
    public async Task UnescapesHexFormattingAndIgnorableSequences(string charset, string raw, string expected)
    {
        var encoding = charset == "#" ? "^~\\&#" : "^~\\&";
        var header = $"MSH|{encoding}|APP|FAC|RAPP|RFAC|20240301||ADT^A08|1|P|2.5.1||||||{(charset == "#" ? "" : charset)}";

        var message = await Hl7v2Wire.SingleAsync($"{header}\rZZZ|{raw}\r");

        Assert.Equal(expected, Hl7v2Wire.Text(message.First("ZZZ")!.Field(1)));
    }

    [Theory]
    [InlineData("unterminated\\F")]
    [InlineData("unknown\\Q\\")]
    [InlineData("odd hex\\X4\\")]
    [InlineData("not hex\\XZZ\\")]
    [InlineData("empty\\\\sequence")]
    [InlineData("bad utf8\\XC3\\")]
    [InlineData("long code\\FF\\")]
    public async Task RefusesBrokenEscapeSequences(string raw)
    {
        var message = await Hl7v2Wire.SingleAsync($"{Header}\rZZZ|{raw}\r");

        Assert.False(message.First("ZZZ")!.Field(1).TryText(out _));
    }

    [Fact]
    public async Task ReadsRepetitionsComponentsAndSubcomponents()
    {
        var message = await Hl7v2Wire.SingleAsync($"{Header}\rPID|1||ID1^^^AUTH&1.2.3&ISO^MR~ID2^^^^SS||\"\"\r");

        var ids = message.First("PID")!.Field(3).Repetitions(10);
        Assert.Equal(["ID1", "ID2"], ids.Select(id => Hl7v2Wire.Text(id.Component(1))));
        Assert.Equal("1.2.3", Hl7v2Wire.Text(ids[0].Component(4).Subcomponent(2)));
        Assert.Equal("SS", Hl7v2Wire.Text(ids[1].Component(5)));
        Assert.Null(Hl7v2Wire.Text(ids[1].Component(9)));
        Assert.True(message.First("PID")!.Field(5).IsNull);
        Assert.Null(Hl7v2Wire.Text(message.First("PID")!.Field(5)));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r\n\r\n")]
    public async Task SplitsSegmentsOnAnyLineEnding(string ending)
    {
        var text = string.Join(ending, Header, "ZZZ|1", Header.Replace("|1|P|", "|2|P|", StringComparison.Ordinal), "ZZZ|2") + ending;

        var messages = await Hl7v2Wire.DecodeAsync(text);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(2, m.Message!.SegmentCount));
        Assert.Equal(["1", "2"], messages.Select(m => Hl7v2Wire.Text(m.Message!.First("ZZZ")!.Field(1))));
    }

    [Fact]
    public async Task SkipsAByteOrderMarkAtTheStartAndBetweenConcatenatedFiles()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Header + "\n"), .. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Header + "\n")];

        var messages = await Hl7v2Wire.DecodeAsync(bytes);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal("MSH", m.Message!.Header.Id));
    }

    [Fact]
    public async Task ReadsSeveralMllpFramesFromOneFile()
    {
        var text = $"\v{Header}\rZZZ|1\r\u001c\r\v{Header}\rZZZ|2\r\u001c\r";

        var messages = await Hl7v2Wire.DecodeAsync(text);

        Assert.Equal(["1", "2"], messages.Select(m => Hl7v2Wire.Text(m.Message!.First("ZZZ")!.Field(1))));
    }

    [Fact]
    public async Task RejectsAnMllpFrameThatNeverEnds()
    {
        var messages = await Hl7v2Wire.DecodeAsync($"\v{Header}\rZZZ|1\r\u001c\r\v{Header}\rZZZ|2");

        Assert.Null(messages[0].Problem);
        Assert.StartsWith("MLLP end block is missing", messages[1].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsABatchAndChecksItsTrailerCounts()
    {
        var batch = $"FHS|^~\\&|APP\rBHS|^~\\&|APP\r{Header}\rZZZ|1\r{Header}\rZZZ|2\rBTS|2\rFTS|1\r";

        var messages = await Hl7v2Wire.DecodeAsync(batch);

        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Null(m.Problem));
    }

    [Theory]
    [InlineData("BTS|3\rFTS|1\r", "BTS-1 batch message count is not the number of messages read (3 declared, 2 read)")]
    [InlineData("BTS|2\rFTS|2\r", "FTS-1 file batch count is not the number of batches read (2 declared, 1 read)")]
    [InlineData("", "BTS segment is missing: the file may be truncated; FTS segment is missing: the file may be truncated")]
    public async Task RejectsTheFileWhenABatchTrailerDisagrees(string trailer, string problem)
    {
        var records = await Hl7v2Text.ReadAsync($"FHS|^~\\&|APP\rBHS|^~\\&|APP\r{Hl7v2Text.Referral("R1")}{Hl7v2Text.Referral("R2")}{trailer}");

        Assert.Equal([1, 2, 0], records.Select(r => r.RecordNumber));
        Assert.All(records.Take(2), r => Assert.NotNull(r.Referral));
        Assert.Equal(problem, records[2].RejectionReason);
    }

    [Fact]
    public async Task CountsTextOutsideAnyMessageAsOneRejectedRecord()
    {
        var records = await Hl7v2Text.ReadAsync("garbage line one\rgarbage line two\r" + Hl7v2Text.Referral());

        Assert.Equal([1, 2], records.Select(r => r.RecordNumber));
        Assert.Equal("MSH segment is missing: the text is not an HL7 v2 message", records[0].RejectionReason);
        Assert.NotNull(records[1].Referral);
    }

    [Fact]
    public async Task RejectsAnEmptyFileAsAWhole()
    {
        var record = Assert.Single(await Hl7v2Text.ReadAsync(" \r\n\r\n"));

        Assert.Equal((0, "the file is empty or holds no HL7 v2 message"), (record.RecordNumber, record.RejectionReason));
    }
}
