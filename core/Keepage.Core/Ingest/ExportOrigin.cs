namespace Keepage.Core.Ingest;

/// <summary>
/// Where a file (by content hash) can be read again, and how it was read, so quarantined records can be replayed
/// after a mapping fix. <see cref="Location"/> is a local path, a path with <c>!entry</c> inside an archive, or a
/// Blob URI; <see cref="Format"/> is <c>csv</c>, <c>hl7v2</c> or <c>fhir</c>; <see cref="Profile"/> is a built-in
/// profile name or a profile file path (CSV only).
/// </summary>
public sealed record ExportOrigin(
    string Sha256,
    string FileName,
    string Location,
    string Format,
    string? Profile = null,
    string? Source = null,
    string? Crosswalk = null);
