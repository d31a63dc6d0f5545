namespace Keepage.Core.Store;

/// <summary>Every <c>keepage run</c>, with the hash of the configuration it ran with, so a change of mapping can be traced to the runs it affected.</summary>
public interface IRunHistory
{
    Task RecordRunAsync(RunRecord run, CancellationToken cancellationToken);

    /// <summary>Runs newest first.</summary>
    Task<IReadOnlyList<RunRecord>> ListRunsAsync(CancellationToken cancellationToken);
}
