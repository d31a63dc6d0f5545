using Keepage.Cli.Configuration;
using Keepage.Connectors.Dataverse;
using Keepage.Connectors.Dataverse.Metadata;
using Keepage.Connectors.Salesforce;
using Keepage.Connectors.Salesforce.Metadata;
using Keepage.Core.Crm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Keepage.Cli.Validation;

/// <summary>The metadata check of each configured CRM target, by the target's name in the configuration.</summary>
internal static class CrmSchemaChecks
{
    public static IEnumerable<(string Target, Func<CancellationToken, Task<IReadOnlyList<CrmSchemaFinding>>> Check)> For(
        IServiceProvider provider, CrmConfig crm)
    {
        if (crm.Dataverse is not null)
        {
            yield return ("dataverse", ct => provider.GetRequiredService<DataverseSchemaValidator>()
                .ValidateAsync(provider.GetRequiredService<IOptions<DataverseSchemaOptions>>().Value, ct));
        }
        if (crm.Salesforce is not null)
        {
            yield return ("salesforce", ct => provider.GetRequiredService<SalesforceSchemaValidator>()
                .ValidateAsync(provider.GetRequiredService<IOptions<SalesforceSchemaOptions>>().Value, ct));
        }
    }
}
