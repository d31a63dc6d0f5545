using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Batch;

/// <summary>What one $batch entry answered: one response, or the responses of a committed change set.</summary>
internal sealed record BatchResult(IReadOnlyList<(ApiResponse Response, string? ContentId)> Responses, bool IsChangeSet)
{
    public bool Failed => Responses.Any(r => !r.Response.IsSuccess);
}
