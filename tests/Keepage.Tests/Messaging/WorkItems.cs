using Keepage.Core.Crm;
using Keepage.Core.Messaging;

namespace Keepage.Tests.Messaging;

internal static class WorkItems
{
    public static PublishCrmRecords Command(params string[] keys) => new("dataverse", CrmRecordKind.Kpi, keys);

    public static WorkMessage Message(string id, DateTimeOffset? scheduledFor = null) => new(id, Command("k1"), scheduledFor);
}
