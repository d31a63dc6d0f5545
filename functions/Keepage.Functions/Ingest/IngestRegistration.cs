using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Keepage.Functions.Ingest;

public static class IngestRegistration
{
    /// <summary>Export reading for the Blob trigger: <see cref="IngestOptions"/> validated at start-up and the per-source readers.</summary>
    public static IHostApplicationBuilder AddExportIngest(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.ConfigurationSection)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ExportReaders>();
        return builder;
    }
}
