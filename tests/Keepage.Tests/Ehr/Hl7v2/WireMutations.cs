using System.Text;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>Malformed files at the wire level: framing, encodings, headers, delimiters, segment IDs, batches, junk.</summary>
internal static class WireMutations
{
    private static readonly string Ref = Hl7v2Text.Referral();
    private const string BatchHead = "FHS|^~\\&|APP\rBHS|^~\\&|APP\r";

    public static IEnumerable<(string, byte[])> Truncated(Random rng)
    {
        var frame = Encoding.UTF8.GetBytes($"\v{Ref}\u001c\r");
        for (var i = 0; i < 12; i++)
        {
            var cut = rng.Next(1, frame.Length - 2);
            yield return ($"mllp-cut-at-{cut}", frame[..cut]);
        }
        var batch = Encoding.UTF8.GetBytes(BatchHead + Hl7v2Text.Referral("R1") + Hl7v2Text.Referral("R2") + "BTS|2\rFTS|1\r");
        var trailer = batch.Length - "BTS|2\rFTS|1\r".Length;
        for (var i = 0; i < 8; i++)
        {
            var cut = rng.Next(BatchHead.Length + 1, trailer);
            yield return ($"batch-cut-at-{cut}", batch[..cut]);
        }
    }

    public static IEnumerable<(string, byte[])> WrongEncodings()
    {
        var latin = Ref.Replace("BYRON^ADA", "BYR\u00d6N^ADA", StringComparison.Ordinal);
        yield return ("utf16le-bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Ref)).ToArray());
        yield return ("utf16le", Encoding.Unicode.GetBytes(Ref));
        yield return ("utf16be-bom", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Ref)).ToArray());
        yield return ("utf16be", Encoding.BigEndianUnicode.GetBytes(Ref));
        yield return ("utf32le", Encoding.UTF32.GetBytes(Ref));
        yield return ("latin1-name-undeclared", Encoding.Latin1.GetBytes(latin));
        yield return ("latin1-id-undeclared", Encoding.Latin1.GetBytes(Ref.Replace("R-100", "R-1\u00e9", StringComparison.Ordinal)));
        foreach (var charset in new[] { "ISO IR87", "UNICODE UTF-16", "UNICODE UTF-32", "EBCDIC", "8859/2" })
            yield return ($"msh-18-{charset}", Encoding.UTF8.GetBytes(Ref.Replace("|P|2.5.1\r", $"|P|2.5.1||||||{charset}\r", StringComparison.Ordinal)));
        foreach (var (name, bad) in new[] { ("cp1252-quote", new byte[] { 0x93 }), ("overlong", [0xC0, 0xAF]), ("lone-continuation", [0x80]), ("surrogate", [0xED, 0xA0, 0x80]) })
            yield return ($"utf8-{name}", Splice(Encoding.UTF8.GetBytes(Ref), "BYRON", bad));
    }

    public static IEnumerable<(string, string)> MissingHeaders()
    {
        var body = Ref[(Ref.IndexOf('\r', StringComparison.Ordinal) + 1)..];
        yield return ("no-msh", body);
        yield return ("msx", "MSX" + Ref[3..]);
        yield return ("lowercase", "msh" + Ref[3..]);
        yield return ("leading-space", " " + Ref);
        yield return ("leading-tab", "\t" + Ref);
        yield return ("prefixed", "X" + Ref);
        yield return ("first-letter-cut", Ref[1..]);
        yield return ("siu-no-msh", Hl7v2Text.Booking()[(Hl7v2Text.Booking().IndexOf('\r', StringComparison.Ordinal) + 1)..]);
        yield return ("order-no-msh", ContentMutations.Order()[(ContentMutations.Order().IndexOf('\r', StringComparison.Ordinal) + 1)..]);
        yield return ("pid-pv1-only", "PID|1||MRN-CANARY-1^^^GHH^MR\rPV1|1|O\r");
        yield return ("title-line", "HL7 v2 export of referrals\r");
        yield return ("csv-instead", "referral_id,referral_date\nR1,2024-01-01\n");
    }

    public static IEnumerable<(string, string)> BadDelimiters()
    {
        var rest = Ref[(Ref.IndexOf("|GHH|", StringComparison.Ordinal) + 1)..];
        string[] headers = ["MSH|^|", "MSH|^~\\|", "MSH|^~\\&&|", "MSHA^~\\&A", "MSH|^~\\&#$|", "MSH| ~\\&|", "MSH|^~|",
            "MSH|||", "MSH|^^\\&|", "MSH|^~\\&\u007f|", "MSH^^~\\&^", "MSH|a~\\&|", "MSH|^~\\|&|"];
        foreach (var header in headers)
            yield return ($"header-{headers.ToList().IndexOf(header)}", header + rest);
        yield return ("msh-alone", "MSH\r" + Ref[(Ref.IndexOf('\r', StringComparison.Ordinal) + 1)..]);
        yield return ("msh-separator-only", "MSH|\r");
    }

    public static IEnumerable<(string, byte[])> BinaryJunk(Random rng)
    {
        for (var i = 0; i < 10; i++)
        {
            var junk = new byte[rng.Next(16, 4096)];
            rng.NextBytes(junk);
            junk[0] = 0xFF;
            yield return ($"random-{i}", junk);
        }
        var message = Encoding.UTF8.GetBytes(Ref);
        for (var i = 0; i < 4; i++)
            yield return ($"nul-{i}", Splice(message, null, [0], rng.Next(10, message.Length - 1)));
        for (var i = 0; i < 3; i++)
        {
            var tail = new byte[rng.Next(8, 256)];
            rng.NextBytes(tail);
            tail[0] = 0xFF;
            yield return ($"junk-after-{i}", [.. message, .. tail]);
        }
        yield return ("png", [0x89, .. "PNG\r\n"u8, 0x1A, .. "\n"u8, .. new byte[64]]);
        yield return ("zip", [.. "PK"u8, 3, 4, 20, 0, 0, 0, 8, 0, .. new byte[64]]);
    }

    public static IEnumerable<(string, string)> BadSegmentIds(Random rng)
    {
        string[] lines = ["pid|1", "PI|1", "PIDX|1", "1AB|x", "\tPID|1", "P D|1", "Pid|1", "\u00c4BC|1", "PV", "A", "AB|", "PID1|"];
        var segments = Ref.TrimEnd('\r').Split('\r');
        foreach (var line in lines)
        {
            var at = rng.Next(1, segments.Length + 1);
            yield return ($"line-{Array.IndexOf(lines, line)}", string.Join('\r', [.. segments[..at], line, .. segments[at..]]) + "\r");
        }
    }

    public static IEnumerable<(string, string)> BatchMiscounts()
    {
        var two = Hl7v2Text.Referral("R1") + Hl7v2Text.Referral("R2");
        foreach (var count in new[] { "0", "1", "3", "99" })
            yield return ($"bts-{count}", $"{BatchHead}{two}BTS|{count}\rFTS|1\r");
        foreach (var count in new[] { "0", "2", "5" })
            yield return ($"fts-{count}", $"{BatchHead}{two}BTS|2\rFTS|{count}\r");
        yield return ("bhs-twice", $"{BatchHead}{two}BHS|^~\\&|APP\r{two}BTS|2\rFTS|2\r");
        yield return ("no-fts", $"{BatchHead}{two}BTS|2\r");
        yield return ("no-trailers", BatchHead + two);
    }

    public static IEnumerable<(string, string)> ParserBombs()
    {
        yield return ("nhapi-196-hang", "MSH|^|||||||^A|||2.2\r^AA");
        yield return ("nhapi-196-valid-msh", "MSH|^~\\&|||||||^A|||2.2\r^AA");
        yield return ("escapes-200k", Ref.Replace("R-100^EPIC", new string('\\', 200_000), StringComparison.Ordinal));
        yield return ("hex-1m", Ref.Replace("R-100^EPIC", "\\X" + new string('A', 1_000_000) + "\\", StringComparison.Ordinal));
        yield return ("fields-1m", Ref.Replace("RF1|", "RF1" + new string('|', 1_000_000), StringComparison.Ordinal));
        yield return ("start-blocks-100k", new string('\v', 100_000));
        yield return ("end-blocks-100k", string.Concat(Enumerable.Repeat("\u001c\r", 100_000)));
        yield return ("headers-5k", string.Concat(Enumerable.Repeat("MSH|^~\\&\r", 5_000)));
        yield return ("msh-2-carets-1m", "MSH|" + new string('^', 1_000_000) + "\r");
        yield return ("roles-500k", Ref.Replace("PRD|RP", "PRD|" + new string('~', 500_000) + "RP", StringComparison.Ordinal));
    }

    private static byte[] Splice(byte[] message, string? before, byte[] bad, int at = -1)
    {
        var index = before is null ? at : message.AsSpan().IndexOf(Encoding.UTF8.GetBytes(before));
        return [.. message[..index], .. bad, .. message[index..]];
    }
}
