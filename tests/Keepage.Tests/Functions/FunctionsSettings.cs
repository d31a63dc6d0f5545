using Keepage.Connectors.Dataverse;
using Keepage.Core.Flows;
using Keepage.Functions.Admin;
using Keepage.Functions.Ingest;
using Keepage.Functions.Publishing;
using Keepage.Functions.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Keepage.Tests.Functions;

/// <summary>
/// The Functions app's composition as Program.cs does it (less the worker's web and telemetry wiring, which need the
/// Functions host), on settings the test chooses. Nothing here connects anywhere until a service is used.
/// </summary>
internal static class FunctionsSettings
{
    public static Dictionary<string, string?> Valid() => new()
    {
        ["Keepage:Store:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=keepage;Username=keepage-app",
        ["Keepage:ServiceBus:FullyQualifiedNamespace"] = "keepage-test.servicebus.example.invalid",
        ["Keepage:Ingest:PatientKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        ["Keepage:Crm:Dataverse:Url"] = "https://contoso.example.invalid",
        ["Keepage:Crm:Dataverse:TenantId"] = "00000000-0000-0000-0000-000000000001",
        ["Keepage:Crm:Dataverse:ClientId"] = "00000000-0000-0000-0000-000000000002",
        ["Keepage:Crm:Dataverse:ClientSecret"] = "not-a-real-secret",
    };

    public static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddKeepageStore();
        builder.AddDataverse();
        builder.AddExportIngest();
        builder.AddPublishQueue();
        builder.AddAdminEndpoints();
        builder.Services.AddKeepageFlows();
        return builder;
    }
}
