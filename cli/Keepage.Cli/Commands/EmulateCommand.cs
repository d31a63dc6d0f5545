using System.CommandLine;
using Keepage.Emulators.Dataverse;

namespace Keepage.Cli.Commands;

/// <summary><c>keepage emulate dataverse --port N [--seed FILE] [--state FILE]</c>: the emulator as a local server.</summary>
internal static class EmulateCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5555 };
        var seed = new Option<FileInfo?>("--seed") { Description = "Seed data: { \"<entity set>\": [ <POST body>, ... ] }." };
        var state = new Option<FileInfo?>("--state") { Description = "Keep the tables in this file across restarts." };
        var dataverse = new Command("dataverse", "A Dataverse Web API emulator (token endpoint, query, upsert, $batch).") { port, seed, state };
        dataverse.SetAction(async (parse, ct) =>
        {
            await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions
            {
                Port = parse.GetValue(port),
                SeedFile = parse.GetValue(seed)?.FullName,
                StateFile = parse.GetValue(state)?.FullName,
            }, ct);
            await Console.Out.WriteLineAsync($"Dataverse emulator: Web API {emulator.ApiAddress}  token {emulator.TokenEndpoint}");
            await Console.Out.WriteLineAsync("Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: dispose the emulator and exit normally.
            }
            return 0;
        });
        return new Command("emulate", "Run a CRM emulator on 127.0.0.1.") { dataverse, EmulateSalesforceCommand.Create() };
    }
}
