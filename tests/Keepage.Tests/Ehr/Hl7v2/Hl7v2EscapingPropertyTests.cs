using System.Text;
using CsCheck;
using Keepage.Connectors.Ehr.Hl7v2.Wire;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>Encode random values with random delimiters and line endings, parse them back: the same values come out.</summary>
public sealed class Hl7v2EscapingPropertyTests
{
    private const string DelimiterPool = "|^~\\&#!$%*@+=:;";

    private static readonly Gen<string> Value = Gen.String[
        Gen.OneOf(Gen.Char[DelimiterPool], Gen.Char["\r\n\t\v\u001c \"é漢"], Gen.Char['a', 'z'], Gen.Char['\u00a0', '\u2fff']), 0, 12];

    // Six distinct pool characters: field, component, repetition, escape, subcomponent, truncation.
    private static readonly Gen<Hl7v2Delimiters> Delimiters = Gen.Shuffle(DelimiterPool.ToCharArray(), 6)
        .Select(Gen.Bool, (c, truncation) => new Hl7v2Delimiters(c[0], c[1], c[2], c[3], c[4], truncation ? c[5] : null));

    // Segments of fields of repetitions of components of subcomponents.
    private static readonly Gen<string[][][][][]> Segments = Value.Array[1, 3].Array[1, 3].Array[1, 3].Array[1, 4].Array[1, 3];

    [Fact]
    public void EncodedValuesParseBackUnchanged()
    {
        Gen.Select(Delimiters, Segments, Gen.OneOf(Gen.Const("\r"), Gen.Const("\n"), Gen.Const("\r\n")), Gen.Bool)
            .Sample((delimiters, segments, ending, mllp) =>
            {
                var text = Encode(delimiters, segments, ending);
                var bytes = Encoding.UTF8.GetBytes(mllp ? $"\v{text}\u001c\r" : text);
                var message = Assert.Single(Hl7v2Wire.DecodeAsync(bytes).GetAwaiter().GetResult()).Message!;
                for (var s = 0; s < segments.Length; s++)
                    AssertSegment(message.Segment(s + 1), segments[s]);
            }, iter: 1_000);
    }

    [Fact]
    public void EscapedValuesNeverHoldADelimiterOrLineBreak()
    {
        Gen.Select(Delimiters, Value).Sample((delimiters, value) =>
        {
            var escaped = Hl7v2Escaping.Escape(value, delimiters);
            Assert.DoesNotContain(escaped, c => c is '\r' or '\n' or '\v' or '\u001c' || c == delimiters.Field || c == delimiters.Component
                || c == delimiters.Repetition || c == delimiters.Subcomponent);
            Assert.True(Hl7v2Escaping.TryUnescape(escaped, delimiters, Encoding.UTF8, out var back));
            Assert.Equal(value, back);
        }, iter: 1_000);
    }

    private static string Encode(Hl7v2Delimiters d, string[][][][][] segments, string ending)
    {
        var text = new StringBuilder($"MSH{d.Field}{d.EncodingCharacters}{d.Field}APP{d.Field}FAC{d.Field}{d.Field}{d.Field}{d.Field}{d.Field}ZZZ{d.Component}Z01{d.Field}1{d.Field}P{d.Field}2.8{ending}");
        foreach (var fields in segments)
        {
            text.Append("ZZZ");
            foreach (var repetitions in fields)
            {
                text.Append(d.Field).AppendJoin(d.Repetition, repetitions.Select(components =>
                    string.Join(d.Component, components.Select(subcomponents =>
                        string.Join(d.Subcomponent, subcomponents.Select(value => Hl7v2Escaping.Escape(value, d)))))));
            }
            text.Append(ending);
        }
        return text.ToString();
    }

    // A value reads back as written, except that empty reads as null, as HL7 has no empty-but-present value.
    private static void AssertSegment(Hl7v2Segment segment, string[][][][] fields)
    {
        for (var f = 0; f < fields.Length; f++)
        {
            var repetitions = segment.Field(f + 1).Repetitions(100);
            for (var r = 0; r < fields[f].Length; r++)
            {
                for (var c = 0; c < fields[f][r].Length; c++)
                {
                    for (var s = 0; s < fields[f][r][c].Length; s++)
                    {
                        var value = r < repetitions.Count ? repetitions[r].Component(c + 1).Subcomponent(s + 1) : default;
                        Assert.True(value.TryText(out var text));
                        Assert.Equal(fields[f][r][c][s], text ?? "");
                    }
                }
            }
        }
    }
}
