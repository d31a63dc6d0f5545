using System.Text;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Batch;

/// <summary>
/// Writes the multipart $batch response: <c>batchresponse_</c> parts in request order, change sets nested under an
/// unquoted <c>changesetresponse_</c> boundary, CRLF throughout (fixtures batch/*.response.http).
/// </summary>
internal static class BatchResponseWriter
{
    public static ApiResponse Write(IReadOnlyList<BatchResult> results, bool stopped)
    {
        var boundary = $"batchresponse_{Guid.NewGuid()}";
        var body = new StringBuilder();
        foreach (var result in results)
        {
            body.Append("--").Append(boundary).Append("\r\n");
            if (result.IsChangeSet)
                AppendChangeSet(body, result);
            else
                AppendPart(body, result.Responses[0].Response, contentId: result.Responses[0].ContentId);
        }
        body.Append("--").Append(boundary).Append("--\r\n");
        return new ApiResponse(stopped ? 400 : 200, [new("Content-Type", $"multipart/mixed; boundary={boundary}")], body.ToString());
    }

    private static void AppendChangeSet(StringBuilder body, BatchResult result)
    {
        var boundary = $"changesetresponse_{Guid.NewGuid()}";
        body.Append("Content-Type: multipart/mixed; boundary=").Append(boundary).Append("\r\n\r\n");
        foreach (var (response, contentId) in result.Responses)
        {
            body.Append("--").Append(boundary).Append("\r\n");
            AppendPart(body, response, contentId);
        }
        body.Append("--").Append(boundary).Append("--\r\n");
    }

    private static void AppendPart(StringBuilder body, ApiResponse response, string? contentId)
    {
        body.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
            body.Append("Content-ID: ").Append(contentId).Append("\r\n");
        body.Append("\r\n").Append(HttpMessageText.FormatResponse(response)).Append("\r\n");
    }
}
