using Keepage.Core.Crm;

namespace Keepage.Core.Messaging;

/// <summary>Publish these KPI or alert records (by key) to one CRM target: diff against the ledger, upsert what changed.</summary>
public sealed record PublishCrmRecords(string Target, CrmRecordKind Kind, IReadOnlyList<string> Keys) : WorkCommand;
