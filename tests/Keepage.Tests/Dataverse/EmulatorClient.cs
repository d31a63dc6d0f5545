using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse;

namespace Keepage.Tests.Dataverse;

/// <summary>Raw HTTP to the emulator with a valid token, for wire-level conformance checks.</summary>
internal sealed class EmulatorClient(DataverseEmulator emulator, HttpClient http) : IDisposable
{
    public DataverseEmulator Emulator => emulator;

    public static async Task<EmulatorClient> ConnectAsync(DataverseEmulator emulator)
    {
        var http = new HttpClient();
        using var response = await http.PostAsync(emulator.TokenEndpoint, new FormUrlEncodedContent(
        [
            new("client_id", DataverseHarness.ClientId),
            new("client_secret", DataverseHarness.ClientSecret),
            new("scope", emulator.BaseAddress + ".default"),
            new("grant_type", "client_credentials"),
        ]), TestContext.Current.CancellationToken);
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new EmulatorClient(emulator, http);
    }

    /// <summary>Sends to a path relative to the API root (or an absolute URL); headers as "Name: value".</summary>
    public async Task<HttpResponseMessage> SendAsync(string method, string path, string? body = null, params string[] headers)
    {
        var uri = path.StartsWith("http", StringComparison.Ordinal) ? new Uri(path) : new Uri(emulator.ApiAddress + path);
        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            var (name, value) = (header[..colon], header[(colon + 1)..].Trim());
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content ??= new StringContent("");
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<JsonObject> JsonAsync(string method, string path, string? body = null, params string[] headers)
    {
        using var response = await SendAsync(method, path, body, headers);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }

    public void Dispose() => http.Dispose();
}
