using Keepage.Core.Ingest;

namespace Keepage.Connectors.Files;

/// <summary>
/// What happened to one file, or one entry of an archive (<see cref="Entry"/> is then its name inside the archive).
/// <see cref="Receipt"/> is the ingest's receipt (for a skipped file, the earlier one); <see cref="Reason"/> says why
/// a file was skipped or rejected.
/// </summary>
public sealed record FileOutcome(string Name, FileDisposition Disposition, string? Sha256, ExportReceipt? Receipt, string? Reason, string? Entry = null);
