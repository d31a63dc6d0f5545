using System.Text;
using Keepage.Emulators.Dataverse.Auth;
using Keepage.Emulators.Dataverse.Batch;
using Keepage.Emulators.Dataverse.Handlers;
using Keepage.Emulators.Dataverse.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Keepage.Emulators.Dataverse.Http;

/// <summary>
/// The only ASP.NET Core code: turns wire requests into <see cref="ApiRequest"/>s (token endpoint, bearer check,
/// injected faults, service protection, $batch, everything else to the dispatcher) and writes
/// <see cref="ApiResponse"/>s back, always with OData-Version.
/// </summary>
internal sealed class WireEndpoint(
    ApiDispatcher dispatcher,
    BatchProcessor batches,
    TokenIssuer issuer,
    TokenEndpoint tokens,
    FaultInjector faults,
    ServiceProtection protection,
    string tenantId)
{
    /// <summary>Set in <see cref="HttpContext.Items"/> when the connection was cut on purpose, so the log records status 0.</summary>
    public const string DroppedKey = "keepage.dropped";

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (TokenTenant(context.Request) is { } tenant)
        {
            await WriteAsync(context, await tokens.HandleAsync(context.Request, tenant, cancellationToken), odata: false, cancellationToken);
            return;
        }
        if (await HandleApiAsync(context, cancellationToken) is { } response)
            await WriteAsync(context, response, odata: true, cancellationToken);
        else
        {
            context.Items[DroppedKey] = true;
            context.Abort();
        }
    }

    // Null means the connection is to be cut (an injected dropped connection).
    private async Task<ApiResponse?> HandleApiAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(cancellationToken);
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var request = ApiTarget.Parse(context.Request.Method, rawTarget, headers, body);
        if (request is null)
            return ApiFault.ResourceNotFound(context.Request.Path.Value ?? "").ToResponse();
        if (issuer.UserOf(request.Header("Authorization"), dispatcher.Organization.BaseAddress) is not { } user)
            return Unauthorized();
        await faults.DelayAsync(cancellationToken);
        var fault = faults.Next();
        switch (fault)
        {
            case FaultKind.Throttle: return faults.Throttled();
            case FaultKind.Unavailable: return FaultInjector.Unavailable();
            case FaultKind.Drop: return null;
        }
        if (protection.Enter(user) is { } refused)
            return refused;
        var started = dispatcher.Organization.Clock.GetUtcNow();
        try
        {
            var response = request.Resource == "$batch" ? Batch(request) : dispatcher.Execute(request);
            return fault == FaultKind.DropAfterCommit ? null : response;
        }
        finally
        {
            protection.Exit(user, started);
        }
    }

    private ApiResponse Batch(ApiRequest request)
    {
        try
        {
            if (request.Method != "POST")
                throw ApiFault.MethodNotAllowed(request.Method);
            var boundary = MultipartReader.Boundary(request.Header("Content-Type"))
                ?? throw ApiFault.InvalidArgument("A $batch request needs Content-Type multipart/mixed with a boundary.");
            var entries = BatchEntry.Read(request.Body, boundary);
            if (entries.Sum(e => e.Requests.Count) > BatchProcessor.MaxRequests)
                throw ApiFault.InvalidArgument($"The number of requests in the batch exceeds the limit of {BatchProcessor.MaxRequests}.");
            var (results, stopped) = batches.Execute(entries, request.Version, request.Prefer.ContinueOnError);
            return BatchResponseWriter.Write(results, stopped);
        }
        catch (FormatException)
        {
            return ApiFault.InvalidArgument("The $batch body is not a valid multipart/mixed message.").ToResponse();
        }
        catch (ApiFault fault)
        {
            return fault.ToResponse();
        }
    }

    // A bad or missing token: 401 with the challenge clients use to discover the tenant (wire spec A1).
    private ApiResponse Unauthorized() => new(401,
        [new("WWW-Authenticate", $"Bearer authorization_uri=https://login.microsoftonline.com/{tenantId}/oauth2/authorize, resource_id={dispatcher.Organization.BaseAddress}")],
        "");

    private static string? TokenTenant(HttpRequest request)
    {
        var segments = (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return HttpMethods.IsPost(request.Method) && segments is [var tenant, "oauth2", "v2.0", "token"] ? tenant : null;
    }

    private static async Task WriteAsync(HttpContext context, ApiResponse response, bool odata, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = response.Status;
        // The recorded stop-on-error batch answers "400 BadRequest", without the space.
        if (response.Status == 400 && response.Header("Content-Type")?.StartsWith("multipart/", StringComparison.Ordinal) == true)
            context.Features.GetRequiredFeature<IHttpResponseFeature>().ReasonPhrase = "BadRequest";
        if (odata)
            context.Response.Headers["OData-Version"] = "4.0";
        foreach (var (name, value) in response.Headers)
            context.Response.Headers.Append(name, value);
        if (response.Body.Length > 0)
            await context.Response.WriteAsync(response.Body, Encoding.UTF8, cancellationToken);
    }
}
