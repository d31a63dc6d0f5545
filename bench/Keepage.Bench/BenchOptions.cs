using System.Globalization;

namespace Keepage.Bench;

/// <summary>The end-to-end ingest benchmark's sizes: canonical CSV rows and HL7 v2 messages (0 skips a part).</summary>
internal sealed record BenchOptions(int Rows, int Messages)
{
    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "ingest")
            return null;
        var options = new BenchOptions(1_000_000, 100_000);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--rows" => options with { Rows = value },
                "--messages" => options with { Messages = value },
                _ => null,
            };
            if (options is null)
                return null;
        }
        return options;
    }
}
