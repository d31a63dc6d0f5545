using System.CommandLine;
using System.Globalization;
using Keepage.Cli.Composition;
using Keepage.Cli.Configuration;
using Keepage.Cli.Output;
using Keepage.Connectors.Dataverse;
using Keepage.Connectors.Salesforce;
using Keepage.Core.Flows;
using Keepage.Core.Privacy;
using Keepage.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage run --config FILE [--store CONNECTION] [--json]</c>: the demo's flows against configured folders and CRM
/// URLs. The state store is <c>--store</c>, else the configuration's <c>store.connectionString</c>, else its SQLite <c>store.path</c>.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "The Keepage configuration (YAML).", Required = true };
        var store = DemoCommand.StoreOption();
        var json = CommonOptions.Json();
        var verbose = CommonOptions.Verbose();
        var command = new Command("run", "Ingest the configured export folders, sync and reconcile the CRMs, compute KPIs and alerts, publish.")
        {
            config, store, json, verbose,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var summary = await RunAsync(parse.GetRequiredValue(config).FullName, parse.GetValue(store),
                    new ConsoleRunObserver(ErrorConsole.Create()), parse.GetValue(verbose), ct);
                RunSummaryPrinter.Print(summary, parse.GetValue(json));
                return summary.CrmFailed == 0 ? 0 : 1;
            }
            catch (ConfigException e)
            {
                await Console.Error.WriteLineAsync($"Configuration error: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    public static Task<RunSummary> RunAsync(string configPath, IRunObserver observer, bool verbose, CancellationToken cancellationToken) =>
        RunAsync(configPath, null, observer, verbose, cancellationToken);

    public static async Task<RunSummary> RunAsync(
        string configPath, string? store, IRunObserver observer, bool verbose, CancellationToken cancellationToken)
    {
        var config = KeepageConfigLoader.Load(configPath);
        var baseDirectory = Path.GetDirectoryName(configPath)!;
        var stateStore = StoreFor(config.Store, store, configPath);
        var pseudonymizer = new PatientPseudonymizer(PatientKey.Resolve(config.Privacy.PatientKey!));

        using var host = KeepageHost.Build(stateStore, verbose, services => AddCrmTargets(services, config.Crm));
        await host.Services.GetRequiredService<IKeepageStore>().MigrateAsync(cancellationToken);

        var exports = config.Sources.SelectMany(source =>
        {
            var folder = Path.GetFullPath(Path.Combine(baseDirectory, source.Folder));
            if (!Directory.Exists(folder))
                throw new ConfigException($"Source '{source.Name}': folder '{source.Folder}' does not exist.");
            var profile = ExportSources.ResolveProfile(source.Profile, baseDirectory);
            return Directory.EnumerateFiles(folder, source.Include)
                .Order(StringComparer.Ordinal)
                .Select(path => ExportSources.ForFile(path, profile, pseudonymizer, source.Name));
        }).ToList();
        var asOf = string.IsNullOrWhiteSpace(config.Analysis.AsOf)
            ? (DateOnly?)null
            : DateOnly.ParseExact(config.Analysis.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await host.Services.GetRequiredService<KeepageRun>().RunAsync(new RunRequest(exports, asOf), observer, cancellationToken);
    }

    // A connection string is a secret-bearing setting, so the configuration holds a reference (env:NAME) to it.
    private static string StoreFor(StoreConfig config, string? store, string configPath)
    {
        if (!string.IsNullOrWhiteSpace(store))
            return store;
        if (!string.IsNullOrWhiteSpace(config.ConnectionString))
        {
            SecretReference.EnsureReference(config.ConnectionString, "store.connectionString", configPath);
            return SecretReference.Resolve(config.ConnectionString, "store.connectionString");
        }
        var database = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(configPath)!, config.Path));
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        return database;
    }

    private static void AddCrmTargets(IServiceCollection services, CrmConfig crm)
    {
        if (crm.Salesforce is { } salesforce)
            AddSalesforce(services, salesforce);
        if (crm.Dataverse is not { } dataverse)
            return;
        var secret = SecretReference.Resolve(dataverse.ClientSecret, "crm.dataverse.clientSecret");
        services.AddDataverse(options =>
        {
            options.Url = dataverse.Url;
            options.TenantId = dataverse.TenantId ?? "";
            options.ClientId = dataverse.ClientId;
            options.ClientSecret = secret;
            options.TokenEndpoint = dataverse.TokenEndpoint;
        });
    }

    private static void AddSalesforce(IServiceCollection services, SalesforceConfig salesforce)
    {
        var jwt = string.Equals(salesforce.AuthFlow, "jwtBearer", StringComparison.OrdinalIgnoreCase);
        var secret = jwt ? null : SecretReference.Resolve(salesforce.ClientSecret!, "crm.salesforce.clientSecret");
        var key = jwt ? SecretReference.Resolve(salesforce.PrivateKey!, "crm.salesforce.privateKey") : null;
        services.AddSalesforce(options =>
        {
            options.LoginUrl = salesforce.LoginUrl;
            options.AuthFlow = jwt ? SalesforceAuthFlow.JwtBearer : SalesforceAuthFlow.ClientCredentials;
            options.ClientId = salesforce.ClientId;
            options.ClientSecret = secret;
            options.Username = salesforce.Username;
            options.PrivateKeyPem = key;
        });
    }
}
