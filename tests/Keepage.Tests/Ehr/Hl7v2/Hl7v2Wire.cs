using System.Text;
using Keepage.Connectors.Ehr.Hl7v2;
using Keepage.Connectors.Ehr.Hl7v2.Wire;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>The wire layer alone: bytes split into messages and decoded, without mapping to referrals.</summary>
internal static class Hl7v2Wire
{
    public static Task<List<(Hl7v2Message? Message, string? Problem)>> DecodeAsync(string text, Hl7v2ReaderOptions? options = null) =>
        DecodeAsync(Encoding.UTF8.GetBytes(text), options);

    public static async Task<List<(Hl7v2Message? Message, string? Problem)>> DecodeAsync(byte[] bytes, Hl7v2ReaderOptions? options = null)
    {
        options ??= Hl7v2ReaderOptions.Default;
        var cancellationToken = TestContext.Current.CancellationToken;
        var decoded = new List<(Hl7v2Message?, string?)>();
        await foreach (var raw in new Hl7v2MessageSplitter(options).SplitAsync(new MemoryStream(bytes), cancellationToken))
        {
            var message = Hl7v2MessageDecoder.Decode(raw, options, out var problem);
            decoded.Add((message, problem));
        }
        return decoded;
    }

    public static async Task<Hl7v2Message> SingleAsync(string text)
    {
        var (message, problem) = Assert.Single(await DecodeAsync(text));
        Assert.Null(problem);
        return message!;
    }

    public static string? Text(Hl7v2Value value) => value.TryText(out var text) ? text : throw new InvalidOperationException("broken escape");
}
