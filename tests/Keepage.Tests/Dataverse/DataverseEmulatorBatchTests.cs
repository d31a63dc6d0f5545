using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseEmulatorBatchTests
{
    private static async Task<(DataverseHarness, EmulatorClient)> StartAsync(DataverseSeed? seed = null)
    {
        var harness = await DataverseHarness.StartAsync(seed);
        return (harness, await EmulatorClient.ConnectAsync(harness.Emulator));
    }

    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task FailedChangeSetRollsBackItsEarlierParts()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        var body = new StringBuilder("--batch_1\r\nContent-Type: multipart/mixed; boundary=changeset_1\r\n\r\n");
        foreach (var (id, subject) in new[] { (1, "ok"), (2, new string('x', 201)) })
            body.Append($"--changeset_1\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: {id}\r\n\r\n")
                .Append($"POST tasks HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{{\"subject\":\"{subject}\"}}\r\n");
        body.Append("--changeset_1--\r\n--batch_1--\r\n");

        using var response = await client.SendAsync("POST", "$batch", body.ToString(), "Content-Type: multipart/mixed; boundary=batch_1", "Prefer: odata.continue-on-error");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("HTTP/1.1 400 Bad Request", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty((await client.JsonAsync("GET", "tasks"))["value"]!.AsArray());
    }

    [Fact]
    public async Task ContentIdReferenceAddressesARowCreatedEarlierInTheChangeSet()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        var body = "--b\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n" +
            "--c\r\nContent-Type: application/http\r\nContent-ID: 1\r\n\r\nPOST /api/data/v9.2/accounts HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"name\":\"Parent\"}\r\n" +
            "--c\r\nContent-Type: application/http\r\nContent-ID: 2\r\n\r\nPOST contacts HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"lastname\":\"Child\",\"parentcustomerid_account@odata.bind\":\"$1\"}\r\n" +
            "--c\r\nContent-Type: application/http\r\nContent-ID: 3\r\n\r\nPATCH $1 HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"name\":\"Parent renamed\"}\r\n" +
            "--c--\r\n--b--\r\n";

        using var response = await client.SendAsync("POST", "$batch", body, "Content-Type: multipart/mixed; boundary=b");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var contact = (await client.JsonAsync("GET", "contacts?$select=_parentcustomerid_value", null, "Prefer: odata.include-annotations=\"*\""))["value"]![0]!;
        Assert.Equal("Parent renamed", contact["_parentcustomerid_value@OData.Community.Display.V1.FormattedValue"]!.GetValue<string>());
    }

    [Fact]
    public async Task BatchOfMoreThanAThousandRequestsIs400()
    {
        var (harness, client) = await StartAsync();
        await using var _ = harness;
        using var __ = client;
        var body = new StringBuilder();
        for (var i = 0; i < 1001; i++)
            body.Append("--b\r\nContent-Type: application/http\r\n\r\nGET contacts HTTP/1.1\r\n\r\n");
        body.Append("--b--\r\n");

        using var response = await client.SendAsync("POST", "$batch", body.ToString(), "Content-Type: multipart/mixed; boundary=b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1000", (await BodyAsync(response))["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
