using Keepage.Connectors.Store;
using Keepage.Core.Flows;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Keepage.Cli.Composition;

/// <summary>
/// Composes the embedded default: the state store (a SQLite file, or PostgreSQL when given its connection string),
/// the flows, and whichever CRM targets the command configures.
/// Logs go to standard error (warnings by default, everything with --verbose).
/// </summary>
internal static class KeepageHost
{
    public static IHost Build(string store, bool verbose, Action<IServiceCollection> addCrmTargets)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss.fff "; })
            .AddFilter("System.Net.Http", LogLevel.Warning)
            .AddFilter("Polly", LogLevel.Warning)
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddKeepageStore(store);
        builder.Services.AddKeepageFlows();
        addCrmTargets(builder.Services);
        return builder.Build();
    }
}
