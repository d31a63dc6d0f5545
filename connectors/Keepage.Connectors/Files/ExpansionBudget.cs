namespace Keepage.Connectors.Files;

/// <summary>Counts the bytes one archive expands to, across its entries, against <see cref="ArchiveLimits"/>.</summary>
internal sealed class ExpansionBudget(ArchiveLimits limits)
{
    private long _total;

    public void Count(int bytes, long entryBytes, long entryCompressedBytes)
    {
        _total += bytes;
        if (_total > limits.MaxUncompressedBytes)
            throw new ArchiveLimitException($"the archive expands to more than {limits.MaxUncompressedBytes} bytes");
        if (entryBytes > limits.RatioFloorBytes && entryBytes > limits.MaxRatio * Math.Max(entryCompressedBytes, 1))
            throw new ArchiveLimitException($"the archive expands more than {limits.MaxRatio} times its compressed size (a zip bomb?)");
    }
}
