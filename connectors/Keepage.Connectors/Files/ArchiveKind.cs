namespace Keepage.Connectors.Files;

public enum ArchiveKind
{
    None,
    Zip,
    Gzip,
}
