using Keepage.Core.Flows;
using Keepage.Core.Ingest;

namespace Keepage.Tests.Cli;

internal sealed class NullRunObserver : IRunObserver
{
    public List<string> Steps { get; } = [];

    public void StepStarted(string stepName) => Steps.Add(stepName);

    public void RecordsRead(string fileName, int records)
    {
    }

    public void FileIngested(ExportReceipt receipt)
    {
    }

    public void StepCompleted(string stepName, string summary)
    {
    }
}
