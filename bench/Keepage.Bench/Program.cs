using Keepage.Bench;

// dotnet run -c Release --project bench/Keepage.Bench -- ingest [--rows N] [--messages N]
// dotnet run -c Release --project bench/Keepage.Bench -- analytics
// dotnet run -c Release --project bench/Keepage.Bench -- alert-quality
switch (args.FirstOrDefault())
{
    case "analytics":
        new AnalyticsBenchmark(Console.Out).Run();
        return 0;
    case "alert-quality":
        new AlertQualityReport(Console.Out).Run();
        return 0;
}
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Keepage.Bench ingest [--rows 1000000] [--messages 100000] | analytics | alert-quality");
    return 2;
}
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
await new IngestBenchmark(options, Console.Out).RunAsync(cancel.Token);
return 0;
