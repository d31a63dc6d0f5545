namespace Keepage.Core.Ingest;

public enum UpsertOutcome
{
    Inserted,
    Updated,
    Duplicate,
}
