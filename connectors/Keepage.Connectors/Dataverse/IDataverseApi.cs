using Refit;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// The Dataverse Web API (OData v4), relative to <c>{org}/api/data/v9.2/</c>. Responses come back raw so callers
/// read statuses, headers and OData annotations themselves; non-success statuses do not throw here.
/// </summary>
public interface IDataverseApi
{
    /// <summary>
    /// The configured client (auth and resilience handlers included), filled in by Refit. Used to GET an
    /// <c>@odata.nextLink</c> exactly as the server wrote it, which Refit's URL building would re-encode.
    /// </summary>
    HttpClient Client { get; }

    /// <summary>RetrieveMultiple: <c>GET {entitySet}?$select=…</c>, paged by <c>Prefer: odata.maxpagesize</c>.</summary>
    [Get("/{entitySet}")]
    Task<HttpResponseMessage> RetrieveMultipleAsync(
        string entitySet,
        [Query] ODataQuery query,
        [Header("Prefer")] string prefer,
        CancellationToken cancellationToken);

    /// <summary>
    /// Upsert by alternate key: <c>PATCH {entitySet}({keyColumn}={keyLiteral})</c>. The literal comes from
    /// <see cref="AlternateKey"/>; Refit percent-encodes it once.
    /// </summary>
    [Patch("/{entitySet}({keyColumn}={keyLiteral})")]
    Task<HttpResponseMessage> UpsertByAlternateKeyAsync(
        string entitySet,
        string keyColumn,
        string keyLiteral,
        [Body] HttpContent row,
        [Header("Prefer")] string prefer,
        CancellationToken cancellationToken);

    /// <summary><c>POST $batch</c> with a multipart/mixed body built by <see cref="BatchRequestWriter"/>.</summary>
    [Post("/$batch")]
    Task<HttpResponseMessage> ExecuteBatchAsync(
        [Body] HttpContent batch,
        [Header("Prefer")] string prefer,
        CancellationToken cancellationToken);
}
