using Keepage.Connectors.Dataverse;
using Keepage.Emulators.Dataverse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Keepage.Tests.Dataverse;

/// <summary>
/// The Dataverse emulator on 127.0.0.1 and a host with the connector registered as production does
/// (<c>builder.AddDataverse(…)</c>), pointed at the emulator's URL and token endpoint.
/// </summary>
internal sealed class DataverseHarness : IAsyncDisposable
{
    public const string ClientId = "keepage-tests";
    public const string ClientSecret = "test-secret";

    private readonly TempFolder _folder;

    private DataverseHarness(DataverseEmulator emulator, IHost host, TempFolder folder)
    {
        Emulator = emulator;
        Host = host;
        _folder = folder;
    }

    public DataverseEmulator Emulator { get; }

    public IHost Host { get; }

    public DataverseTarget Target => Host.Services.GetRequiredService<DataverseTarget>();

    public IDataverseApi Api => Host.Services.GetRequiredService<IDataverseApi>();

    public static async Task<DataverseHarness> StartAsync(
        DataverseSeed? seed = null,
        Func<DataverseEmulatorOptions, DataverseEmulatorOptions>? emulator = null,
        Action<DataverseOptions>? connector = null,
        Action<IServiceCollection>? services = null)
    {
        var folder = new TempFolder();
        var options = new DataverseEmulatorOptions { SeedFile = seed?.WriteTo(folder.Path), ClientId = ClientId, ClientSecret = ClientSecret };
        var server = await DataverseEmulator.StartAsync(emulator?.Invoke(options) ?? options, TestContext.Current.CancellationToken);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        services?.Invoke(builder.Services);
        builder.AddDataverse(o =>
        {
            o.Url = server.BaseAddress.ToString();
            o.TenantId = DataverseEmulatorOptions.DefaultTenantId;
            o.ClientId = ClientId;
            o.ClientSecret = ClientSecret;
            o.TokenEndpoint = server.TokenEndpoint.ToString();
            connector?.Invoke(o);
        });
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new DataverseHarness(server, host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Emulator.DisposeAsync();
        _folder.Dispose();
    }
}
