using Keepage.Core.Crm;

namespace Keepage.Tests.Messaging;

/// <summary>
/// A CRM target whose answer to each upsert call comes from a script: write, fail every record the same way, or
/// throw (for example the CRM asking to wait). Counts calls and the records that reached it.
/// </summary>
internal sealed class ScriptedCrmTarget(string name = "dataverse") : ICrmTarget
{
    public const string CanaryName = "Dr. Canary Patient-7731";

    private readonly Queue<Func<IReadOnlyList<CrmRecord>, IReadOnlyList<CrmWriteResult>>> _script = new();

    public int Calls { get; private set; }

    public List<string> WrittenKeys { get; } = [];

    public string Name => name;

    public ScriptedCrmTarget Then(Func<IReadOnlyList<CrmRecord>, IReadOnlyList<CrmWriteResult>> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public ScriptedCrmTarget ThenFail(CrmWriteOutcome outcome, string error) =>
        Then(records => [.. records.Select(r => new CrmWriteResult(r.Key, outcome, Error: error))]);

    public ScriptedCrmTarget ThenThrow(Exception error) => Then(_ => throw error);

    public Task<CrmSnapshot> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(new CrmSnapshot(name, [], [], []));

    public Task<IReadOnlyList<CrmWriteResult>> UpsertAsync(IReadOnlyList<CrmRecord> records, CancellationToken cancellationToken)
    {
        Calls++;
        var answer = _script.Count > 1 ? _script.Dequeue() : _script.TryPeek(out var last) ? last : Write;
        var results = answer(records);
        WrittenKeys.AddRange(results.Where(r => r.Outcome is CrmWriteOutcome.Created or CrmWriteOutcome.Updated).Select(r => r.Key));
        return Task.FromResult(results);
    }

    public static IReadOnlyList<CrmWriteResult> Write(IReadOnlyList<CrmRecord> records) =>
        [.. records.Select(r => new CrmWriteResult(r.Key, CrmWriteOutcome.Created, "id-" + r.Key))];

    /// <summary>A Dataverse throttling answer whose message quotes a record value, as CRM messages may.</summary>
    public static string ThrottledError => $"429 0x80072322: Number of requests exceeded the limit while writing '{CanaryName}'";

    /// <summary>A transient server failure whose message quotes a record value.</summary>
    public static string UnavailableError => $"503 0x80040216: The service is unavailable while writing '{CanaryName}'";
}
