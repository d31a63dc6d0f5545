using System.Text;
using Microsoft.AspNetCore.Http;

namespace Keepage.Functions.Admin;

/// <summary>Reads an admin request's body as text, refusing bodies over a limit before reading them whole.</summary>
internal static class AdminRequests
{
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>The body as UTF-8 text, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            return null;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
