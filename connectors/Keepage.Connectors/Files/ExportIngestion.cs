using System.Security.Cryptography;
using Keepage.Connectors.Ehr;
using Keepage.Core.Flows;
using Keepage.Core.Ingest;
using Keepage.Core.Store;

namespace Keepage.Connectors.Files;

/// <summary>
/// Takes one source file through ingest: a file whose content (SHA-256) was ingested before is skipped; a .zip or .gz
/// is opened within <see cref="ArchiveLimits"/> and each entry ingested as <c>archive.zip!entry.csv</c>; the format
/// is detected by content unless the reading fixes it; the file's origin is recorded for quarantine replay. A file
/// that is not an export at all (unknown format, bomb) is quarantined as record 0 with a receipt, so the same bytes
/// are skipped next time and <c>keepage quarantine list</c> shows why.
/// </summary>
public sealed class ExportIngestion(IReferralStore store, IngestExport ingest, TimeProvider clock, ArchiveLimits? limits = null)
{
    private const string Unreadable = "the file could not be read";
    private readonly ArchiveLimits _limits = limits ?? ArchiveLimits.Default;

    public async Task<FileIngestResult> IngestAsync(
        SourceFile file, ExportReading reading, Action<string, int>? recordsRead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reading);
        FilePeek peek;
        try
        {
            peek = await PeekAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is UnauthorizedAccessException || (e is IOException && Path.IsPathRooted(file.Location)))
        {
            return new FileIngestResult(file, [new FileOutcome(file.Name, FileDisposition.Rejected, null, null, Unreadable)], Unreadable);
        }
        var kind = ExportArchive.KindOf(peek.Prefix);
        if (kind == ArchiveKind.None)
        {
            var outcome = await IngestOneAsync(file, null, peek, reading, recordsRead, cancellationToken);
            return new FileIngestResult(file, [outcome], outcome.Disposition == FileDisposition.Rejected ? outcome.Reason : null);
        }
        return await IngestArchiveAsync(file, kind, peek, reading, recordsRead, cancellationToken);
    }

    /// <summary>After the source moved the file, points the recorded origins of its ingested content at the new place.</summary>
    public async Task RelocateAsync(FileIngestResult result, string location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var outcome in result.Outcomes.Where(outcome => outcome is { Disposition: FileDisposition.Ingested, Sha256: not null }))
        {
            if (await store.FindExportOriginAsync(outcome.Sha256!, cancellationToken) is not { } origin)
                continue;
            var moved = outcome.Entry is null ? location : $"{location}!{outcome.Entry}";
            await store.SaveExportOriginAsync(origin with { Location = moved }, cancellationToken);
        }
    }

    private async Task<FileIngestResult> IngestArchiveAsync(
        SourceFile file, ArchiveKind kind, FilePeek peek, ExportReading reading, Action<string, int>? recordsRead, CancellationToken cancellationToken)
    {
        if (await store.FindReceiptAsync(peek.Sha256, cancellationToken) is { } seen)
            return new FileIngestResult(file, [Skipped(file, peek.Sha256, seen, null)], null);
        IReadOnlyList<SourceFile> entries;
        try
        {
            entries = await ExportArchive.OpenEntriesAsync(file, kind, _limits, cancellationToken);
            if (entries.Count == 0)
                throw new ArchiveLimitException("the archive is empty: it holds no files");
        }
        catch (ArchiveLimitException e)
        {
            return new FileIngestResult(file, [await RejectAsync(file, peek.Sha256, e.Message, reading, cancellationToken)], e.Message);
        }
        List<FileOutcome> outcomes = [];
        foreach (var entry in entries)
        {
            var entryName = entry.Name[(file.Name.Length + 1)..];
            outcomes.Add(await IngestOneAsync(entry, entryName, await PeekAsync(entry, cancellationToken), reading, recordsRead, cancellationToken));
        }
        return new FileIngestResult(file, outcomes, null);
    }

    private async Task<FileOutcome> IngestOneAsync(
        SourceFile file, string? entry, FilePeek peek, ExportReading reading, Action<string, int>? recordsRead, CancellationToken cancellationToken)
    {
        if (await store.FindReceiptAsync(peek.Sha256, cancellationToken) is { } seen)
            return Skipped(file, peek.Sha256, seen, entry);
        if (peek.IsBlank)
            return await RejectAsync(file, peek.Sha256, "the file is empty: no header, message or resource", reading, cancellationToken) with { Entry = entry };
        var format = reading.Format ?? ExportFormatDetector.Detect(peek.Prefix);
        if (format == ExportFormat.Unknown)
        {
            var reason = ExportArchive.KindOf(peek.Prefix) == ArchiveKind.None
                ? "unknown format: the content is not delimited text, HL7 v2 or FHIR"
                : "the file is an archive inside an archive; nested archives are not opened";
            return await RejectAsync(file, peek.Sha256, reason, reading, cancellationToken) with { Entry = entry };
        }
        var source = SourceName(reading, format);
        await store.SaveExportOriginAsync(new ExportOrigin(
            peek.Sha256, file.Name, file.Location, format.Name(), format == ExportFormat.Csv ? reading.ProfileReference : null,
            reading.Source, reading.CrosswalkPath), cancellationToken);
        var progress = recordsRead is null ? null : new RecordsProgress(count => recordsRead(file.Name, count));
        var receipt = await ingest.RunAsync(new ExportFile(file.Name, source, file.OpenAsync), ExportReaders.For(format, reading), progress, cancellationToken);
        return new FileOutcome(file.Name, FileDisposition.Ingested, peek.Sha256, receipt, null, entry);
    }

    private async Task<FileOutcome> RejectAsync(SourceFile file, string sha256, string reason, ExportReading reading, CancellationToken cancellationToken)
    {
        var source = SourceName(reading, ExportFormat.Unknown);
        await store.QuarantineAsync([new QuarantinedRecord(sha256, file.Name, source, 0, reason)], cancellationToken);
        var receipt = new ExportReceipt(file.Name, sha256, source, 1, 0, 0, 1, 0, clock.GetUtcNow());
        await store.SaveReceiptAsync(receipt, cancellationToken);
        return new FileOutcome(file.Name, FileDisposition.Rejected, sha256, receipt, reason);
    }

    private static FileOutcome Skipped(SourceFile file, string sha256, ExportReceipt seen, string? entry) =>
        new(file.Name, FileDisposition.Skipped, sha256, seen, "already ingested: a file with the same content (SHA-256) was ingested before", entry);

    private static string SourceName(ExportReading reading, ExportFormat format) =>
        reading.Source ?? (format is ExportFormat.Hl7v2 or ExportFormat.Fhir ? format.Name() : reading.Profile.Source);

    // One pass over the content: the SHA-256 and the first bytes for format detection.
    private static async Task<FilePeek> PeekAsync(SourceFile file, CancellationToken cancellationToken)
    {
        await using var stream = await file.OpenAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        var prefix = new byte[ExportFormatDetector.PrefixBytes];
        var prefixLength = 0;
        var total = 0L;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            hash.AppendData(buffer, 0, read);
            var take = Math.Min(read, prefix.Length - prefixLength);
            buffer.AsSpan(0, take).CopyTo(prefix.AsSpan(prefixLength));
            prefixLength += take;
        }
        return new FilePeek(Convert.ToHexStringLower(hash.GetHashAndReset()), prefix[..prefixLength], total);
    }

    private sealed record FilePeek(string Sha256, byte[] Prefix, long Length)
    {
        // Nothing but white space (or a BOM): an export that failed upstream, not one with no referrals.
        public bool IsBlank => Length <= Prefix.Length && Prefix.AsSpan().Trim(BlankBytes).IsEmpty;

        private static ReadOnlySpan<byte> BlankBytes => [(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF];
    }

    private sealed class RecordsProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
