using System.Net;
using System.Text;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Batch;

/// <summary>The <c>application/http</c> content of a $batch part: a whole HTTP request in, a whole response out.</summary>
internal static class HttpMessageText
{
    public sealed record RequestText(string Method, string Target, Dictionary<string, string> Headers, string Body);

    public static RequestText ParseRequest(string content)
    {
        var lines = MultipartReader.Lines(content).SkipWhile(l => l.Length == 0).ToList();
        var requestLine = lines.Count > 0 ? lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (requestLine.Length < 2)
            throw ApiFault.Syntax("The batch part does not start with an HTTP request line.");
        var (headers, body) = MultipartReader.SplitHeaders(lines.Skip(1));
        return new RequestText(requestLine[0].ToUpperInvariant(), requestLine[1], headers, string.Join("\r\n", body).Trim());
    }

    /// <summary>Header order as recorded: REQ_ID, Content-Type, OData-Version, Location, then the rest.</summary>
    public static string FormatResponse(ApiResponse response)
    {
        var text = new StringBuilder();
        text.Append($"HTTP/1.1 {response.Status} {ReasonPhrase(response.Status)}\r\n");
        if (!response.IsSuccess)
            text.Append($"REQ_ID: {Guid.NewGuid()}\r\n");
        if (response.Header("Content-Type") is { } contentType)
            text.Append($"Content-Type: {contentType}\r\n");
        text.Append("OData-Version: 4.0\r\n");
        if (response.Header("OData-EntityId") is { } entityId && response.Header("Location") is null)
            text.Append($"Location: {entityId}\r\n");
        foreach (var (name, value) in response.Headers.Where(h => h.Key != "Content-Type"))
            text.Append($"{name}: {value}\r\n");
        text.Append("\r\n").Append(response.Body);
        return text.ToString();
    }

    public static string ReasonPhrase(int status) => status switch
    {
        204 => "No Content",
        304 => "Not Modified",
        400 => "Bad Request",
        404 => "Not Found",
        412 => "Precondition Failed",
        501 => "Not Implemented",
        _ => ((HttpStatusCode)status).ToString(),
    };
}
