namespace Keepage.Connectors.Files;

/// <summary>An archive broke an <see cref="ArchiveLimits"/> bound or is unreadable; the message is the PHI-free reason.</summary>
internal sealed class ArchiveLimitException(string message) : Exception(message);
