using System.Net;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// A Dataverse or Entra ID error response. The message holds the service's error code and text only, never
/// request data, so it is safe to log.
/// </summary>
public sealed class DataverseException : Exception
{
    public DataverseException()
    {
    }

    public DataverseException(string message)
        : base(message)
    {
    }

    public DataverseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DataverseException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }
}
