using System.Globalization;
using System.Text;
using Keepage.Tests.Files;

namespace Keepage.Tests.Ehr.Csv;

/// <summary>One generated malformed export: its kind, a file name and its bytes.</summary>
internal sealed record MalformedInput(string Kind, string Name, byte[] Bytes);

/// <summary>
/// Deterministic malformed delimited exports, each holding at least one record (or being a file) that must be
/// quarantined. Every input is unique (its index is in it), so content-hash tracking never skips one.
/// </summary>
internal static class CsvMalformedCorpus
{
    private const string Header = "referral_id,referral_date,referring_name,referring_npi,status";

    public static IReadOnlyList<string> Kinds { get; } =
    [
        "truncated", "wrong_encoding", "bad_dates", "unbalanced_quotes", "huge_field", "binary_junk", "zip_bomb", "gz_bomb",
        "missing_header", "ragged_rows", "unknown_status", "missing_referral_id", "too_many_columns", "nul_in_row", "empty_file",
    ];

    public static IEnumerable<MalformedInput> Generate(int seed, int perKind)
    {
        var random = new Random(seed);
        var index = 0;
        foreach (var kind in Kinds)
        {
            for (var i = 0; i < perKind; i++, index++)
                yield return new MalformedInput(kind, $"{kind}-{i}.csv", Make(kind, index, random));
        }
    }

    private static byte[] Make(string kind, int index, Random random) => kind switch
    {
        "truncated" => Truncated(index, random),
        "wrong_encoding" => Encoding.Unicode.GetBytes(Valid(index, 3)),
        "bad_dates" => Utf8(Valid(index, 2) + $"B{index},{BadDate(random)},Dr. X,1234567893,pending\n"),
        "unbalanced_quotes" => Utf8(Valid(index, 2) + $"Q{index},2026-01-02,\"Dr. Open Quote,1234567893,pending\n" + Rows(index, 3)),
        "huge_field" => Utf8(Valid(index, 1) + $"H{index},2026-01-02,{new string('x', 1_100_000 + random.Next(1000))},1234567893,pending\n"),
        "binary_junk" => Junk(index, random),
        "zip_bomb" => ArchiveBuilder.Zip([($"bomb{index}.csv", Bomb(index))]),
        "gz_bomb" => ArchiveBuilder.Gzip(Bomb(index)),
        "missing_header" => Utf8("id,date,name,npi,state\n" + Rows(index, 3)),
        "ragged_rows" => Utf8(Valid(index, 2) + $"G{index},2026-01-02,Dr. X\nG{index}b,2026-01-02,Dr. Y,1234567893,pending,extra,{random.Next()}\n"),
        "unknown_status" => Utf8(Valid(index, 2) + $"S{index},2026-01-02,Dr. X,1234567893,status-{random.Next(1000)}\n"),
        "missing_referral_id" => Utf8(Valid(index, 2) + ",2026-01-02,Dr. X,1234567893,pending\n"),
        "too_many_columns" => Utf8(Valid(index, 1) + $"C{index}" + new string(',', 3000 + random.Next(100)) + "\n"),
        "nul_in_row" => Utf8(Valid(index, 1) + $"N{index},2026-01-02,Dr.\0X,1234567893,pending\n"),
        "empty_file" => Utf8(index % 2 == 0 ? string.Concat(Enumerable.Repeat("\r\n", index + 1)) : new string(' ', index + 1) + "\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Valid(int index, int rows) => Header + "\n" + Rows(index, rows);

    private static string Rows(int index, int rows) =>
        string.Concat(Enumerable.Range(1, rows).Select(row => $"V{index}-{row},2026-01-0{row},Dr. Valid {row},1234567893,pending\n"));

    // Cut inside the last row, before its last delimiter, so that row is short of columns.
    private static byte[] Truncated(int index, Random random)
    {
        var text = Valid(index, 3) + $"T{index},2026-01-05,Dr. Cut,1234567893,pending\n";
        var lastRow = text.LastIndexOf('T');
        var lastComma = text.LastIndexOf(',');
        return Utf8(text[..random.Next(lastRow + 1, lastComma)]);
    }

    private static string BadDate(Random random) => random.Next(4) switch
    {
        0 => $"2026-{random.Next(13, 99)}-01",
        1 => $"{random.Next(1, 12)}/{random.Next(1, 28)}/2026",
        2 => "yesterday",
        _ => $"2026-02-{random.Next(30, 99)}",
    };

    private static byte[] Junk(int index, Random random)
    {
        var bytes = new byte[200 + random.Next(4000)];
        random.NextBytes(bytes);
        bytes[0] = 0;
        return [.. Encoding.ASCII.GetBytes(index.ToString(CultureInfo.InvariantCulture)), .. bytes];
    }

    private static byte[] Bomb(int index) => [.. Encoding.ASCII.GetBytes($"{Header}\nZ{index},2026-01-02,Dr. Z,1234567893,pending\n"), .. ArchiveBuilder.Repetitive(2)];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
