using Keepage.Core.Crm;
using Keepage.Core.Ingest;

namespace Keepage.Cli.Preview;

/// <summary>The records a preview read (accepted, updates, rejected with a reason) and the CRM records the accepted ones feed.</summary>
internal sealed record PreviewResult(string Source, string Profile, IReadOnlyList<MappedRecord> Records, IReadOnlyList<CrmRecord> CrmRecords);
