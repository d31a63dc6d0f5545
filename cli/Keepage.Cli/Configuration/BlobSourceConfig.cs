namespace Keepage.Cli.Configuration;

/// <summary>
/// <c>sources[].blob</c>: an Azure Blob container whose blobs are exports. Ingested blobs are tagged with metadata
/// (<c>keepage_state</c>), not moved, so they are listed once (docs/sources.md).
/// </summary>
public sealed class BlobSourceConfig
{
    /// <summary>Reference (<c>env:NAME</c>) to the storage connection string.</summary>
    public string ConnectionString { get; set; } = "";

    public string Container { get; set; } = "";

    /// <summary>Only blobs whose names start with this are read.</summary>
    public string? Prefix { get; set; }
}
