using Refit;

namespace Keepage.Connectors.Salesforce;

/// <summary>
/// The Salesforce REST API and Bulk API 2.0, relative to <c>{instance}/services/data/vXX.X/</c>. Responses come back
/// raw so callers read statuses, <c>Sforce-Limit-Info</c> and error arrays themselves; non-success does not throw.
/// </summary>
public interface ISalesforceApi
{
    /// <summary>The configured client (auth, usage and resilience handlers included), for <c>nextRecordsUrl</c> paths.</summary>
    HttpClient Client { get; }

    /// <summary><c>GET query?q=</c>; the SOQL comes from <see cref="Soql.SoqlQuery"/> and Refit percent-encodes it once.</summary>
    [Get("/query")]
    Task<HttpResponseMessage> QueryAsync([AliasAs("q")] string soql, [Header("Sforce-Query-Options")] string queryOptions, CancellationToken cancellationToken);

    /// <summary>Global describe: every object the user can see (wire spec B11).</summary>
    [Get("/sobjects")]
    Task<HttpResponseMessage> DescribeGlobalAsync(CancellationToken cancellationToken);

    [Get("/sobjects/{sObject}/describe")]
    Task<HttpResponseMessage> DescribeAsync(string sObject, CancellationToken cancellationToken);

    [Get("/limits")]
    Task<HttpResponseMessage> LimitsAsync(CancellationToken cancellationToken);

    /// <summary>Upsert one record by External ID: 201 created, 200 updated, 300 several matches (wire spec B5).</summary>
    [Patch("/sobjects/{sObject}/{externalIdField}/{externalId}")]
    Task<HttpResponseMessage> UpsertAsync(string sObject, string externalIdField, string externalId, [Body] HttpContent record, CancellationToken cancellationToken);

    /// <summary>sObject Collections upsert of up to 200 records by External ID, one SaveResult each (wire spec B6).</summary>
    [Patch("/composite/sobjects/{sObject}/{externalIdField}")]
    Task<HttpResponseMessage> UpsertCollectionAsync(string sObject, string externalIdField, [Body] HttpContent records, CancellationToken cancellationToken);

    [Post("/jobs/ingest")]
    Task<HttpResponseMessage> CreateIngestJobAsync([Body] HttpContent job, CancellationToken cancellationToken);

    [Put("/jobs/ingest/{jobId}/batches")]
    Task<HttpResponseMessage> UploadJobDataAsync(string jobId, [Body] HttpContent csv, CancellationToken cancellationToken);

    /// <summary>Closes (<c>UploadComplete</c>) or aborts (<c>Aborted</c>) an ingest job.</summary>
    [Patch("/jobs/ingest/{jobId}")]
    Task<HttpResponseMessage> SetIngestJobStateAsync(string jobId, [Body] HttpContent state, CancellationToken cancellationToken);

    [Get("/jobs/ingest/{jobId}")]
    Task<HttpResponseMessage> GetIngestJobAsync(string jobId, CancellationToken cancellationToken);

    /// <summary><c>successfulResults</c>, <c>failedResults</c> or <c>unprocessedrecords</c> of an ingest job, as CSV.</summary>
    [Get("/jobs/ingest/{jobId}/{resultKind}")]
    Task<HttpResponseMessage> GetIngestResultsAsync(string jobId, string resultKind, CancellationToken cancellationToken);

    [Post("/jobs/query")]
    Task<HttpResponseMessage> CreateQueryJobAsync([Body] HttpContent job, CancellationToken cancellationToken);

    [Get("/jobs/query/{jobId}")]
    Task<HttpResponseMessage> GetQueryJobAsync(string jobId, CancellationToken cancellationToken);

    [Get("/jobs/query/{jobId}/results")]
    Task<HttpResponseMessage> GetQueryResultsAsync(string jobId, [AliasAs("locator")] string? locator, [AliasAs("maxRecords")] int? maxRecords, CancellationToken cancellationToken);
}
