using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Keepage.Cli.Commands;
using Keepage.Cli.Composition;
using Keepage.Emulators.Dataverse;

namespace Keepage.Tests.Cli;

/// <summary>Opens the demo's emulated Dataverse from its state file and counts what it holds, over real HTTP.</summary>
internal static class DemoEmulatedCrm
{
    public static async Task<int> CountAsync(StateDirectory state, string entitySet)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var emulator = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions
        {
            StateFile = state.DataverseEmulatorState,
            ClientId = DemoCommand.DemoClientId,
            ClientSecret = DemoCommand.DemoClientSecret,
        }, ct);
        using var http = new HttpClient();
        using var token = await http.PostAsync(emulator.TokenEndpoint, new FormUrlEncodedContent(
        [
            new("client_id", DemoCommand.DemoClientId),
            new("client_secret", DemoCommand.DemoClientSecret),
            new("scope", emulator.BaseAddress + ".default"),
            new("grant_type", "client_credentials"),
        ]), ct);
        var accessToken = JsonNode.Parse(await token.Content.ReadAsStringAsync(ct))!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var count = await http.GetStringAsync(new Uri(emulator.ApiAddress, $"{entitySet}/$count"), ct);
        return int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    }
}
