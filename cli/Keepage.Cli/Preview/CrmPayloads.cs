using Keepage.Cli.Configuration;
using Keepage.Connectors.Dataverse;
using Keepage.Connectors.Salesforce;
using Keepage.Core.Crm;

namespace Keepage.Cli.Preview;

/// <summary>A record as each configured CRM would receive it, built by the connectors' own payload code with the configured names.</summary>
internal static class CrmPayloads
{
    public static IEnumerable<(string Target, string Request, string Body)> For(CrmRecord record, CrmConfig crm)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (crm.Dataverse is { } dataverse)
        {
            var schema = new DataverseSchemaOptions();
            dataverse.Schema.ApplyTo(schema);
            var (request, body) = DataverseUpsertPreview.Describe(record, schema);
            yield return ("dataverse", request, body);
        }
        if (crm.Salesforce is { } salesforce)
        {
            var schema = new SalesforceSchemaOptions();
            salesforce.Schema.ApplyTo(schema);
            var (request, body) = SalesforceUpsertPreview.Describe(record, schema);
            yield return ("salesforce", request, body);
        }
    }
}
