using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;

namespace Keepage.Emulators.Dataverse.Handlers;

/// <summary>The WhoAmI function, the usual connection check (wire spec A14).</summary>
internal static class WhoAmI
{
    public static readonly Guid UserId = new("5f1d2c3b-0000-4000-8000-00000000a001");
    public static readonly Guid BusinessUnitId = new("5f1d2c3b-0000-4000-8000-00000000b001");
    public static readonly Guid OrganizationId = new("5f1d2c3b-0000-4000-8000-00000000c001");

    public static ApiResponse Execute(EmulatedOrganization org, ApiRequest request) => request.Method != "GET"
        ? throw ApiFault.MethodNotAllowed(request.Method)
        : ApiResponse.Json(200, new JsonObject
        {
            ["@odata.context"] = $"{org.ApiRoot(request.Version)}$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
            ["BusinessUnitId"] = BusinessUnitId.ToString(),
            ["UserId"] = UserId.ToString(),
            ["OrganizationId"] = OrganizationId.ToString(),
        });
}
