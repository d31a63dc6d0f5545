using Keepage.Connectors.Salesforce;
using Keepage.Emulators.Salesforce;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;

namespace Keepage.Tests.Salesforce;

/// <summary>
/// The Salesforce emulator on 127.0.0.1 and a host with the connector registered as production does
/// (<c>builder.AddSalesforce(…)</c>), pointed at the emulator, waiting on <see cref="InstantWaits"/> instead of real time.
/// </summary>
internal sealed class SalesforceHarness : IAsyncDisposable
{
    private readonly SalesforceFolder _folder;

    private SalesforceHarness(SalesforceEmulator emulator, IHost host, SalesforceFolder folder, InstantWaits waits)
    {
        Emulator = emulator;
        Host = host;
        _folder = folder;
        Waits = waits;
    }

    public SalesforceEmulator Emulator { get; }

    public IHost Host { get; }

    public InstantWaits Waits { get; }

    public SalesforceTarget Target => Host.Services.GetRequiredService<SalesforceTarget>();

    public ISalesforceApi Api => Host.Services.GetRequiredService<ISalesforceApi>();

    public static async Task<SalesforceHarness> StartAsync(
        SalesforceSeed? seed = null,
        Func<SalesforceEmulatorOptions, SalesforceEmulatorOptions>? emulator = null,
        Action<SalesforceOptions>? connector = null,
        Action<IServiceCollection>? services = null)
    {
        var folder = new SalesforceFolder();
        var options = new SalesforceEmulatorOptions { SeedFile = seed?.WriteTo(folder.Path), BulkPollsUntilComplete = 1 };
        var server = await SalesforceEmulator.StartAsync(emulator?.Invoke(options) ?? options, TestContext.Current.CancellationToken);
        var waits = new InstantWaits();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddKeyedSingleton<TimeProvider>(SalesforceRegistration.WaitClock, waits);
        // Transient-failure retries of the resilience handler without real waiting.
        builder.Services.ConfigureAll<HttpStandardResilienceOptions>(o => o.Retry.Delay = TimeSpan.Zero);
        services?.Invoke(builder.Services);
        builder.AddSalesforce(o =>
        {
            o.LoginUrl = server.InstanceUrl.ToString();
            o.ClientId = SalesforceEmulatorOptions.DefaultClientId;
            o.ClientSecret = SalesforceEmulatorOptions.DefaultClientSecret;
            connector?.Invoke(o);
        });
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new SalesforceHarness(server, host, folder, waits);
    }

    public int ApiCalls => Emulator.Requests.Count(r => r.IsApiCall);

    public int Writes => Emulator.Requests.Count(r => r.IsWrite);

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Emulator.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>A temporary folder removed at the end of the test.</summary>
internal sealed class SalesforceFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("keepage-salesforce-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
