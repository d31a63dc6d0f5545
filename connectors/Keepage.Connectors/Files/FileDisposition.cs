namespace Keepage.Connectors.Files;

public enum FileDisposition
{
    /// <summary>Read through the ingest flow; its receipt says what was accepted and quarantined.</summary>
    Ingested,

    /// <summary>Content already ingested (same SHA-256): not read again.</summary>
    Skipped,

    /// <summary>Not readable as an export (unknown format, archive bomb, unreadable); quarantined as record 0.</summary>
    Rejected,
}
