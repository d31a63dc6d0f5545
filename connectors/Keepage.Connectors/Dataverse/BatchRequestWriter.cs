using System.Net.Http.Headers;
using System.Text;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Writes a $batch body of independent requests (no change set, so each succeeds or fails alone), each asking
/// <c>Prefer: return=representation</c> so its status tells created (201) from updated (200) (wire spec A6, A8;
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api,
/// https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record).
/// </summary>
internal static class BatchRequestWriter
{
    public static HttpContent Write(IEnumerable<BatchOperation> operations, Uri apiAddress)
    {
        var boundary = $"batch_{Guid.NewGuid()}";
        var body = new StringBuilder();
        foreach (var operation in operations)
        {
            body.Append("--").Append(boundary).Append("\r\n")
                .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n")
                .Append(operation.Method).Append(' ').Append(apiAddress.AbsolutePath).Append(operation.RelativeUrl).Append(" HTTP/1.1\r\n")
                .Append("Prefer: return=representation\r\n");
            if (operation.Body is not null)
                body.Append("Content-Type: application/json; type=entry\r\n\r\n").Append(operation.Body).Append("\r\n");
            else
                body.Append("\r\n");
        }
        body.Append("--").Append(boundary).Append("--\r\n");
        var content = new StringContent(body.ToString(), Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/mixed; boundary=\"{boundary}\"");
        return content;
    }
}
