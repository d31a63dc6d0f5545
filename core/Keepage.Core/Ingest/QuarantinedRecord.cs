namespace Keepage.Core.Ingest;

/// <summary>
/// A record that could not be accepted, with why. It names the file (by hash) and the record number, so a fixed
/// profile can replay it from the original file; the raw record itself is not stored because it may hold PHI.
/// </summary>
public sealed record QuarantinedRecord(string FileSha256, string FileName, string Source, int RecordNumber, string Reason);
