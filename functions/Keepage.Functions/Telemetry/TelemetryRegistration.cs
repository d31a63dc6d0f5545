using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Keepage.Functions.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>
    /// OpenTelemetry with the Functions worker's traces, PostgreSQL commands and the Azure SDK's spans, exported to
    /// Application Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (host.json's telemetryMode is
    /// OpenTelemetry). Logs carry ids and counts only, so nothing exported holds patient data.
    /// </summary>
    public static IHostApplicationBuilder AddKeepageTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var telemetry = builder.Services.AddOpenTelemetry();
        telemetry.WithTracing(tracing => tracing.AddNpgsql().AddSource("Azure.*"));
        telemetry.UseFunctionsWorkerDefaults();
        if (!string.IsNullOrWhiteSpace(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
            telemetry.UseAzureMonitorExporter();
        return builder;
    }
}
