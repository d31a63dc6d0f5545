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

    /// <summary>
    /// RetrieveMultiple: <c>GET {entitySet}?$select=…</c>, paged by <c>Prefer: odata.maxpagesize</c>. The query is
    /// sent as written by <see cref="ODataQuery"/>, which encodes it once, so <c>$select</c> stays as the docs show it.
    /// </summary>
    [Get("/{entitySet}")]
    Task<HttpResponseMessage> RetrieveMultipleAsync(
        string entitySet,
        [QueryName, Encoded] string query,
        [Header("Prefer")] string prefer,
        CancellationToken cancellationToken);

    /// <summary>
    /// Upsert by alternate key: <c>PATCH {entitySet}({alternateKey})</c>, the key segment built (and encoded) by
    /// <see cref="AlternateKey.Segment"/>, the same function the $batch writer uses.
    /// </summary>
    [Patch("/{entitySet}({alternateKey})")]
    Task<HttpResponseMessage> UpsertByAlternateKeyAsync(
        string entitySet,
        [Encoded] string alternateKey,
        [Body] HttpContent row,
        [Header("Prefer")] string prefer,
        CancellationToken cancellationToken);

    /// <summary>
    /// Table metadata: <c>GET EntityDefinitions?$select=…&amp;$filter=…&amp;$expand=Attributes(…),Keys(…)</c> (wire spec A13).
    /// Metadata is neither paged nor limited.
    /// </summary>
    [Get("/EntityDefinitions")]
    Task<HttpResponseMessage> RetrieveEntityDefinitionsAsync([QueryName, Encoded] string query, CancellationToken cancellationToken);

    /// <summary><c>POST $batch</c> with a multipart/mixed body built by <see cref="BatchRequestWriter"/>.</summary>
    [Post("/$batch")]
    Task<HttpResponseMessage> ExecuteBatchAsync(
        [Body] HttpContent batch,
        [Header("Prefer")] string prefer,
        CancellationToken cancellationToken);
}
