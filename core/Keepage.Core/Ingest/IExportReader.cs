namespace Keepage.Core.Ingest;

/// <summary>Reads one export file and maps each record through the source's profile. Streams; never loads the file whole.</summary>
public interface IExportReader
{
    IAsyncEnumerable<MappedRecord> ReadAsync(Stream content, CancellationToken cancellationToken);
}
