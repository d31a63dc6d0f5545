using Keepage.Core.Ingest;

namespace Keepage.Connectors.Files;

internal sealed class ReplayTally
{
    private int _inserted;
    private int _updated;
    private int _duplicates;
    private int _deferred;

    public int StillQuarantined { get; set; }

    public int FileMissing { get; set; }

    public int WholeFile { get; set; }

    public void Count(IReadOnlyList<UpsertOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            _ = outcome switch
            {
                UpsertOutcome.Inserted => ++_inserted,
                UpsertOutcome.Updated => ++_updated,
                UpsertOutcome.Deferred => ++_deferred,
                UpsertOutcome.Ambiguous => ++StillQuarantined,
                _ => ++_duplicates,
            };
        }
    }

    public ReplaySummary ToSummary()
    {
        var released = _inserted + _updated + _duplicates + _deferred;
        return new ReplaySummary(
            released + StillQuarantined + FileMissing + WholeFile, released, _inserted, _updated, _duplicates, _deferred,
            StillQuarantined, FileMissing, WholeFile);
    }
}
