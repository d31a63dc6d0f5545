using Keepage.Core.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Keepage.Functions.Admin;

/// <summary><c>GET /api/admin/runs?count=N</c>: the latest ingest receipts, newest first (file, hash, counts that add up).</summary>
public sealed class LastRuns(IReferralStore store)
{
    public const int DefaultCount = 20;
    public const int MaxCount = 500;

    [Function(nameof(LastRuns))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "admin/runs")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = int.TryParse(request.Query["count"], out var asked) ? Math.Clamp(asked, 1, MaxCount) : DefaultCount;
        var receipts = await store.ListReceiptsAsync(cancellationToken);
        return new OkObjectResult(receipts.Reverse().Take(count).ToList());
    }
}
