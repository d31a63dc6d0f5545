using System.Net;

namespace Keepage.Connectors.Salesforce;

/// <summary>
/// A Salesforce error response or a configuration the org cannot honour. The message holds Salesforce's error code
/// and text or field names only, never record data, so it is safe to log.
/// </summary>
public sealed class SalesforceException : Exception
{
    public SalesforceException()
    {
    }

    public SalesforceException(string message)
        : base(message)
    {
    }

    public SalesforceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SalesforceException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }
}
