using System.Net;
using Keepage.Emulators.Dataverse.Auth;
using Keepage.Emulators.Dataverse.Batch;
using Keepage.Emulators.Dataverse.Handlers;
using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Limits;
using Keepage.Emulators.Dataverse.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keepage.Emulators.Dataverse;

/// <summary>
/// A wire-faithful Dataverse Web API (and its Entra ID token endpoint) on 127.0.0.1, for tests, the demo and dry
/// runs. The contract is docs/crm-wire-spec.md part A and the recorded fixtures.
/// </summary>
public sealed class DataverseEmulator : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RequestLog<RecordedRequest> _log;
    private readonly TokenIssuer _issuer;

    private DataverseEmulator(WebApplication app, RequestLog<RecordedRequest> log, TokenIssuer issuer, Uri baseAddress, string tenantId)
    {
        _app = app;
        _log = log;
        _issuer = issuer;
        BaseAddress = baseAddress;
        ApiAddress = new Uri(baseAddress, "api/data/v9.2/");
        TokenEndpoint = new Uri(baseAddress, $"{tenantId}/oauth2/v2.0/token");
    }

    /// <summary>The organization root, e.g. <c>http://127.0.0.1:5123/</c>; scope is <c>{BaseAddress}.default</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri ApiAddress { get; }

    public Uri TokenEndpoint { get; }

    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    public void ClearRequests() => _log.Clear();

    /// <summary>Invalidates every token issued so far, so the next API call gets 401 (an expired token).</summary>
    public void RevokeTokens() => _issuer.RevokeAll();

    public static async Task<DataverseEmulator> StartAsync(DataverseEmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPageSize, 1);
        var store = LoadStore(options);
        var log = new RequestLog<RecordedRequest>();
        WireEndpoint? endpoint = null;
        var app = BuildApp(options.Port, log, options.TimeProvider, context => endpoint!.HandleAsync(context));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var baseAddress = BoundAddress(app);
        var issuer = new TokenIssuer(options.TimeProvider, options.TokenLifetime);
        var dispatcher = new ApiDispatcher(
            new EmulatedOrganization(store, options.TimeProvider, baseAddress, options.MaxPageSize, options.ChangeTrackingExpiry),
            options.StateFile is { } state ? new StateFile(state) : null);
        endpoint = new WireEndpoint(dispatcher, new BatchProcessor(dispatcher, log), issuer,
            new TokenEndpoint(issuer, options, options.TimeProvider),
            new FaultInjector(options.Faults, options.ServiceProtection, options.TimeProvider),
            new ServiceProtection(options.ServiceProtection, options.TimeProvider),
            options.TenantId);
        return new DataverseEmulator(app, log, issuer, baseAddress, options.TenantId);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Tables load before the server starts, so a bad seed fails start-up without leaving a listener behind.
    private static EntityStore LoadStore(DataverseEmulatorOptions options)
    {
        var store = new EntityStore(TableCatalog.Default);
        var source = options.StateFile is { } state && File.Exists(state) ? state : options.SeedFile;
        if (source is not null)
            SeedLoader.Load(store, new RowWriter(store, options.TimeProvider), source);
        return store;
    }

    private static WebApplication BuildApp(int port, RequestLog<RecordedRequest> log, TimeProvider clock, RequestDelegate endpoint)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var receivedAt = clock.GetUtcNow();
            await next(context);
            var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var retryAfter = int.TryParse(context.Response.Headers.RetryAfter, out var seconds) ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            var status = context.Items.ContainsKey(WireEndpoint.DroppedKey) ? 0 : context.Response.StatusCode;
            log.Add(new RecordedRequest(context.Request.Method, target, status, headers, ReceivedAt: receivedAt, RetryAfter: retryAfter));
        });
        app.Run(endpoint);
        return app;
    }

    private static Uri BoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri($"http://127.0.0.1:{new Uri(addresses.First()).Port}/");
    }
}
