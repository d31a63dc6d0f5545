using Keepage.Core.Ingest;

namespace Keepage.Core.Flows;

/// <summary>Progress of a run, for a host to show (a CLI progress display, Functions logs). Carries counts and names only.</summary>
public interface IRunObserver
{
    void StepStarted(string stepName);

    void RecordsRead(string fileName, int records);

    void FileIngested(ExportReceipt receipt);

    void StepCompleted(string stepName, string summary);
}
