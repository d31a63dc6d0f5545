namespace Keepage.Connectors.Files;

/// <summary>
/// Bounds that stop a zip or gzip bomb before it is expanded: the archive's own size, the total bytes it may expand
/// to, the expansion ratio (checked once an entry has produced <see cref="RatioFloorBytes"/>, so a small, very
/// repetitive file is not mistaken for a bomb) and the number of entries.
/// </summary>
public sealed record ArchiveLimits
{
    public static ArchiveLimits Default { get; } = new();

    public long MaxCompressedBytes { get; init; } = 512L * 1024 * 1024;

    public long MaxUncompressedBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public int MaxRatio { get; init; } = 100;

    public long RatioFloorBytes { get; init; } = 1024 * 1024;

    public int MaxEntries { get; init; } = 1000;
}
