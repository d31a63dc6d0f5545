using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Keepage.Functions.Admin;

/// <summary>
/// <c>POST /api/admin/mappings/preview</c> with <see cref="MappingPreviewRequest"/> as JSON: the sample's first rows
/// as canonical records or rejection reasons, or 422 with the profile's errors. Nothing is stored.
/// </summary>
public sealed class PreviewMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Function(nameof(PreviewMapping))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/mappings/preview")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = await AdminRequests.ReadTextAsync(request, cancellationToken);
        if (body is null)
            return new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
        MappingPreviewRequest? preview;
        try
        {
            preview = JsonSerializer.Deserialize<MappingPreviewRequest>(body, Json);
        }
        catch (JsonException)
        {
            preview = null;
        }
        if (preview?.Sample is null)
            return new BadRequestObjectResult(new { error = "The body must be JSON with a 'sample' export and a 'profileYaml' or 'profile'." });
        var result = await MappingReview.PreviewAsync(preview, cancellationToken);
        return result.Errors.Count == 0 ? new OkObjectResult(result) : new UnprocessableEntityObjectResult(result);
    }
}
