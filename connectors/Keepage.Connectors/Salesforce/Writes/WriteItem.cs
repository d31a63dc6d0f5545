using System.Text.Json.Nodes;
using Keepage.Core.Crm;

namespace Keepage.Connectors.Salesforce.Writes;

/// <summary>One record to upsert: its position in the caller's list, its key (the External ID value) and its fields.</summary>
internal sealed record WriteItem(int Index, string Key, JsonObject Fields);

/// <summary>Records of one sObject upserted by one External ID field.</summary>
internal sealed record WriteGroup(string SObject, string ExternalIdField, List<WriteItem> Items);

/// <summary>What happened to one item in one call; <see cref="RetryLock"/> marks UNABLE_TO_LOCK_ROW, retried in the next round.</summary>
internal sealed record ItemResult(WriteItem Item, CrmWriteResult Result, bool RetryLock = false);
