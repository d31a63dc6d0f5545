using Keepage.Bench;

// dotnet run -c Release --project bench/Keepage.Bench -- ingest [--rows N] [--messages N]
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Keepage.Bench ingest [--rows 1000000] [--messages 100000]");
    return 2;
}
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
await new IngestBenchmark(options, Console.Out).RunAsync(cancel.Token);
return 0;
