using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce;

namespace Keepage.Tests.Salesforce;

/// <summary>Raw HTTP to the emulator, signed in with client credentials, for wire-level checks.</summary>
internal sealed class SalesforceClient(SalesforceEmulator emulator, HttpClient http) : IDisposable
{
    public static async Task<SalesforceClient> ConnectAsync(SalesforceEmulator emulator)
    {
        var http = new HttpClient();
        using var response = await http.PostAsync(emulator.TokenEndpoint, new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", SalesforceEmulatorOptions.DefaultClientId),
            new("client_secret", SalesforceEmulatorOptions.DefaultClientSecret),
        ]), TestContext.Current.CancellationToken);
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["access_token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new SalesforceClient(emulator, http);
    }

    /// <summary>Sends to a path below the API root (or one starting with '/'); headers as "Name: value".</summary>
    public async Task<HttpResponseMessage> SendAsync(string method, string path, string? body = null, string contentType = "application/json", params string[] headers)
    {
        var uri = path.StartsWith('/') ? new Uri(emulator.InstanceUrl, path) : new Uri(emulator.ApiAddress, path);
        using var request = new HttpRequestMessage(new HttpMethod(method), uri);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, contentType);
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation(header[..colon], header[(colon + 1)..].Trim());
        }
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<JsonNode> JsonAsync(string method, string path, string? body = null, params string[] headers)
    {
        using var response = await SendAsync(method, path, body, "application/json", headers);
        return JsonNode.Parse(await Text(response))!;
    }

    public static Task<string> Text(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.NonValidated.TryGetValues(name, out var content) ? string.Join(",", content) : "";

    public void Dispose() => http.Dispose();
}
