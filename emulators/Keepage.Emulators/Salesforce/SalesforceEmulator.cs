using System.Net;
using Keepage.Emulators.Salesforce.Auth;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keepage.Emulators.Salesforce;

/// <summary>
/// A wire-faithful Salesforce org (REST, sObject Collections, Bulk API 2.0, and its OAuth token endpoint on the
/// same port) on 127.0.0.1, for tests, the demo and dry runs. The contract is docs/crm-wire-spec.md part B.
/// </summary>
public sealed class SalesforceEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog<RecordedRequest> _log;
    private readonly SessionRegistry _sessions;
    private readonly EmulatedOrg _org;

    private SalesforceEmulator(WebApplication app, RequestLog<RecordedRequest> log, SessionRegistry sessions, EmulatedOrg org)
    {
        _app = app;
        _log = log;
        _sessions = sessions;
        _org = org;
    }

    /// <summary>The instance URL, e.g. <c>http://127.0.0.1:5123/</c>; the token endpoint answers with it as instance_url.</summary>
    public Uri InstanceUrl => _org.BaseAddress;

    public Uri TokenEndpoint => new(_org.BaseAddress, "services/oauth2/token");

    public Uri ApiAddress => new(_org.BaseAddress, $"services/data/v{EmulatedOrg.ApiVersion}/");

    public const string ApiVersion = EmulatedOrg.ApiVersion;

    public ApiUsage Usage => _org.Usage;

    public SalesforceFaults Faults => _org.Faults;

    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    public void ClearRequests() => _log.Clear();

    /// <summary>Ends every session issued so far, so the next API call gets 401 INVALID_SESSION_ID.</summary>
    public void ExpireSessions() => _sessions.ExpireAll();

    public static async Task<SalesforceEmulator> StartAsync(SalesforceEmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var log = new RequestLog<RecordedRequest>();
        SalesforceEndpoint? endpoint = null;
        app.Use(async (context, next) =>
        {
            await next(context);
            var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            log.Add(new RecordedRequest(context.Request.Method, target, context.Response.StatusCode, headers));
        });
        app.Run(context => endpoint!.HandleAsync(context));
        await app.StartAsync(cancellationToken);

        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        var instance = new Uri($"http://127.0.0.1:{address.Port}/");
        var org = CreateOrg(options, instance);
        var sessions = new SessionRegistry(options.TimeProvider, options.SessionLifetime);
        var oauth = new OAuthEndpoint(sessions, new JwtAssertion(options.JwtCertificatePem, options.ClientId, instance, options.TimeProvider), options, instance);
        var router = new RestRouter(org, options.StateFile is { } state ? new StateFile(state) : null);
        endpoint = new SalesforceEndpoint(org, router, sessions, oauth);
        return new SalesforceEmulator(app, log, sessions, org);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static EmulatedOrg CreateOrg(SalesforceEmulatorOptions options, Uri instance)
    {
        var store = new RecordStore(new ObjectCatalog(options.CustomObjects));
        var org = new EmulatedOrg(options, store, instance, new ApiUsage(options.DailyApiLimit), new SalesforceFaults());
        org.Writer.Create(store.Catalog.Find("User")!, new() { ["Id"] = SystemFields.DefaultUserId, ["Username"] = "integration@keepage.example", ["LastName"] = "Integration", ["FirstName"] = "Keepage" }, trusted: true);
        var source = options.StateFile is { } state && File.Exists(state) ? state : options.SeedFile;
        if (source is not null)
            SeedLoader.Load(org.Writer, source);
        return org;
    }
}
