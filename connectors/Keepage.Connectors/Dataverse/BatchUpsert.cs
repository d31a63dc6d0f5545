using System.Net;
using Keepage.Core.Crm;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// Sends one chunk of upserts as a $batch with <c>Prefer: odata.continue-on-error</c>, so every part is answered,
/// and returns one result per operation, in order, whatever happened to the call.
/// </summary>
internal sealed class BatchUpsert(IDataverseApi api, Uri apiAddress)
{
    public async Task<IReadOnlyList<CrmWriteResult>> SendAsync(BatchOperation[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            using var content = BatchRequestWriter.Write(chunk, apiAddress);
            using var response = await api.ExecuteBatchAsync(content, "odata.continue-on-error", cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var boundary = BatchResponseReader.Boundary(response.Content.Headers.ContentType?.ToString());
            if (boundary is null)
            {
                var (code, message) = WriteOutcomes.Error(body);
                return [.. chunk.Select(o => WriteOutcomes.Failure(o.Key, (int)response.StatusCode, code, message))];
            }
            var parts = BatchResponseReader.Read(body, boundary);
            return [.. chunk.Select((o, i) => i < parts.Count
                ? WriteOutcomes.FromPart(o, parts[i])
                : WriteOutcomes.Failure(o.Key, 0, null, "The $batch response has no part for this request."))];
        }
        catch (DataverseException error)
        {
            return [.. chunk.Select(o => WriteOutcomes.Failure(o.Key, (int?)error.StatusCode ?? 0, error.ErrorCode, error.Message))];
        }
        catch (Exception error) when (IsTransient(error, cancellationToken))
        {
            return [.. chunk.Select(o => WriteOutcomes.Failure(o.Key, (int)HttpStatusCode.RequestTimeout, null, error.GetType().Name))];
        }
    }

    // Transport failures, the resilience pipeline's timeout and open circuit: the item may be sent again later.
    public static bool IsTransient(Exception error, CancellationToken cancellationToken) => error switch
    {
        HttpRequestException or TimeoutRejectedException or BrokenCircuitException => true,
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
