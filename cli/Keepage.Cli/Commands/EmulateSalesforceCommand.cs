using System.CommandLine;
using Keepage.Emulators.Salesforce;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage emulate salesforce --port N [--seed FILE] [--state FILE]</c>: the Salesforce emulator as a local org.
/// Sign in with client id and secret <c>keepage</c> at <c>POST /services/oauth2/token</c> on the same port.
/// </summary>
internal static class EmulateSalesforceCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5556 };
        var seed = new Option<FileInfo?>("--seed") { Description = "Seed data: { \"<sObject>\": [ <create body, optional Id>, ... ] }." };
        var state = new Option<FileInfo?>("--state") { Description = "Keep the records in this file across restarts." };
        var clientId = new Option<string>("--client-id") { Description = "Consumer key to accept.", DefaultValueFactory = _ => SalesforceEmulatorOptions.DefaultClientId };
        var clientSecret = new Option<string>("--client-secret") { Description = "Consumer secret to accept.", DefaultValueFactory = _ => SalesforceEmulatorOptions.DefaultClientSecret };
        var certificate = new Option<FileInfo?>("--jwt-certificate") { Description = "PEM certificate or public key that JWT bearer assertions must be signed for." };
        var salesforce = new Command("salesforce", "A Salesforce REST / Bulk API 2.0 emulator (OAuth token, SOQL, upsert, collections, ingest jobs).")
        {
            port, seed, state, clientId, clientSecret, certificate,
        };
        salesforce.SetAction(async (parse, ct) =>
        {
            await using var emulator = await SalesforceEmulator.StartAsync(new SalesforceEmulatorOptions
            {
                Port = parse.GetValue(port),
                SeedFile = parse.GetValue(seed)?.FullName,
                StateFile = parse.GetValue(state)?.FullName,
                ClientId = parse.GetValue(clientId)!,
                ClientSecret = parse.GetValue(clientSecret)!,
                JwtCertificatePem = parse.GetValue(certificate) is { } pem ? await File.ReadAllTextAsync(pem.FullName, ct) : null,
            }, ct);
            await Console.Out.WriteLineAsync($"Salesforce emulator: instance {emulator.InstanceUrl}  token {emulator.TokenEndpoint}  API {emulator.ApiAddress}");
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
        return salesforce;
    }
}
