using Keepage.Core.Crm;

namespace Keepage.Tests.Flows;

/// <summary>A CRM target fake that keeps records in memory and fails the keys it is told to fail.</summary>
internal sealed class RecordingCrmTarget(string name = "fake") : ICrmTarget
{
    public Dictionary<string, CrmRecord> Records { get; } = [];
    public List<IReadOnlyList<CrmRecord>> Calls { get; } = [];
    public HashSet<string> FailingKeys { get; } = [];
    public CrmSnapshot Snapshot { get; set; } = new(name, [], [], []);

    public string Name => name;

    public Task<CrmSnapshot> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(Snapshot);

    public Task<IReadOnlyList<CrmWriteResult>> UpsertAsync(IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken)
    {
        Calls.Add(records);
        var results = records.Select(record =>
        {
            if (FailingKeys.Contains(record.Key))
                return new CrmWriteResult(record.Key, CrmWriteOutcome.RetryableFailure, Error: "503 Service Unavailable");
            var created = Records.TryAdd(record.Key, record);
            Records[record.Key] = record;
            return new CrmWriteResult(record.Key, created ? CrmWriteOutcome.Created : CrmWriteOutcome.Updated, "id-" + record.Key);
        }).ToList();
        return Task.FromResult<IReadOnlyList<CrmWriteResult>>(results);
    }
}
