using System.Text;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>
/// A deterministic corpus of malformed HL7 v2 files, each built so that at least one of its records must be
/// quarantined. The valid messages it damages carry canary PHI, so a reason that leaks a value is caught.
/// </summary>
internal static class Hl7v2MalformedCorpus
{
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "truncated", "wrong_encoding", "broken_escapes", "missing_msh", "bad_delimiters", "bad_dates", "huge_fields",
        "binary_junk", "unsupported_type", "missing_required", "unknown_status", "bad_segment_ids", "batch_miscount",
        "parser_bombs",
    ];

    public static IReadOnlyList<MalformedInput> Generate(int seed = 20_240_301)
    {
        var rng = new Random(seed);
        var inputs = new List<MalformedInput>();
        void Add(string kind, string name, byte[] bytes) => inputs.Add(new(kind, $"{kind}/{name}", bytes));
        void AddText(string kind, string name, string text) => Add(kind, name, Encoding.UTF8.GetBytes(text));

        foreach (var (name, bytes) in WireMutations.Truncated(rng))
            Add("truncated", name, bytes);
        foreach (var (name, bytes) in WireMutations.WrongEncodings())
            Add("wrong_encoding", name, bytes);
        foreach (var (name, text) in ContentMutations.BrokenEscapes())
            AddText("broken_escapes", name, text);
        foreach (var (name, text) in WireMutations.MissingHeaders())
            AddText("missing_msh", name, text);
        foreach (var (name, text) in WireMutations.BadDelimiters())
            AddText("bad_delimiters", name, text);
        foreach (var (name, text) in ContentMutations.BadDates())
            AddText("bad_dates", name, text);
        foreach (var (name, text) in ContentMutations.HugeFields())
            AddText("huge_fields", name, text);
        foreach (var (name, bytes) in WireMutations.BinaryJunk(rng))
            Add("binary_junk", name, bytes);
        foreach (var (name, text) in ContentMutations.UnsupportedTypes())
            AddText("unsupported_type", name, text);
        foreach (var (name, text) in ContentMutations.MissingRequired())
            AddText("missing_required", name, text);
        foreach (var (name, text) in ContentMutations.UnknownStatuses())
            AddText("unknown_status", name, text);
        foreach (var (name, text) in WireMutations.BadSegmentIds(rng))
            AddText("bad_segment_ids", name, text);
        foreach (var (name, text) in WireMutations.BatchMiscounts())
            AddText("batch_miscount", name, text);
        foreach (var (name, text) in WireMutations.ParserBombs())
            AddText("parser_bombs", name, text);
        return inputs;
    }
}
