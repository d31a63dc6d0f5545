namespace Keepage.Connectors.Dataverse;

/// <summary>One response inside a $batch response: status, headers and body of the inner HTTP response.</summary>
internal sealed record BatchPartResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}
