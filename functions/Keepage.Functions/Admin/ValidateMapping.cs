using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Keepage.Functions.Admin;

/// <summary>
/// <c>POST /api/admin/mappings/validate</c> with a source profile (YAML) as the body: 200 with the profile's fields, or
/// 422 with each error's line and column. Function-key protected; put Entra ID in front in production (docs/deployment.md).
/// </summary>
public sealed class ValidateMapping
{
    [Function(nameof(ValidateMapping))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/mappings/validate")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var yaml = await AdminRequests.ReadTextAsync(request, cancellationToken);
        if (yaml is null)
            return new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        var result = MappingReview.Validate(yaml);
        return result.Valid ? new OkObjectResult(result) : new UnprocessableEntityObjectResult(result);
    }
}
