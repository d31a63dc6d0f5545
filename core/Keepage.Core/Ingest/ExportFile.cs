namespace Keepage.Core.Ingest;

/// <summary>An export file to ingest, from a folder or a Blob container: its name, source and a way to open it (more than once).</summary>
public sealed record ExportFile(string Name, string Source, Func<CancellationToken, Task<Stream>> OpenAsync);
