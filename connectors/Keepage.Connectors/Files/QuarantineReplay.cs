using System.Security.Cryptography;
using Keepage.Connectors.Ehr;
using Keepage.Core.Ingest;
using Keepage.Core.Store;

namespace Keepage.Connectors.Files;

/// <summary>
/// Replays quarantined records after a mapping fix: re-reads each original file from its recorded origin (only if its
/// content still has the recorded SHA-256), maps it with the reading <c>readingFor</c> gives (the fixed profile),
/// and for the quarantined record numbers only, stores those that now map and releases them from quarantine; those
/// that still fail stay, with their new reason. Replaying again changes nothing. Record 0 (a whole file rejected:
/// unknown format, archive bomb) is not replayable.
/// </summary>
public sealed class QuarantineReplay(IReferralStore store, ExportLocations locations)
{
    public async Task<ReplaySummary> RunAsync(
        Func<ExportOrigin, CancellationToken, Task<ExportReading>> readingFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readingFor);
        var tally = new ReplayTally();
        foreach (var file in (await store.ListQuarantineAsync(cancellationToken)).GroupBy(record => record.FileSha256))
        {
            var records = file.Where(record => record.RecordNumber > 0).ToDictionary(record => record.RecordNumber);
            tally.WholeFile += file.Count() - records.Count;
            if (records.Count == 0)
                continue;
            var source = await OpenAsync(file.Key, cancellationToken);
            if (source is null)
            {
                tally.FileMissing += records.Count;
                continue;
            }
            var reading = await readingFor(source.Value.Origin, cancellationToken);
            var format = ExportFormats.Parse(source.Value.Origin.Format) ?? ExportFormat.Csv;
            await ReplayFileAsync(file.Key, source.Value.File, ExportReaders.For(format, reading), records, tally, cancellationToken);
        }
        return tally.ToSummary();
    }

    private async Task ReplayFileAsync(
        string sha256, SourceFile file, IExportReader reader, Dictionary<int, QuarantinedRecord> records, ReplayTally tally, CancellationToken cancellationToken)
    {
        List<MappedRecord> mapped = [];
        List<QuarantinedRecord> reasonChanged = [];
        await using (var content = await file.OpenAsync(cancellationToken))
        {
            await foreach (var record in reader.ReadAsync(content, cancellationToken))
            {
                if (!records.Remove(record.RecordNumber, out var quarantined))
                    continue;
                if (record.Referral is not null || record.Update is not null)
                    mapped.Add(record);
                else if (record.RejectionReason is { Length: > 0 } reason && reason != quarantined.Reason)
                    reasonChanged.Add(quarantined with { Reason = reason });
                else
                    tally.StillQuarantined++;
            }
        }
        // Record numbers the fixed reading no longer reaches stay quarantined as they were.
        tally.StillQuarantined += records.Count + reasonChanged.Count;
        await StoreAsync(mapped, sha256, tally, cancellationToken);
        if (reasonChanged.Count > 0)
        {
            await store.ReleaseFromQuarantineAsync(reasonChanged, cancellationToken);
            await store.QuarantineAsync(reasonChanged, cancellationToken);
        }
    }

    // In file order, runs of referrals and runs of updates, as the ingest flow saves them.
    private async Task StoreAsync(List<MappedRecord> mapped, string sha256, ReplayTally tally, CancellationToken cancellationToken)
    {
        var stillAmbiguous = new HashSet<int>();
        for (var start = 0; start < mapped.Count;)
        {
            var isUpdate = mapped[start].Update is not null;
            var run = mapped.Skip(start).TakeWhile(record => (record.Update is not null) == isUpdate).ToList();
            var outcomes = isUpdate
                ? await store.ApplyUpdatesAsync([.. run.Select(record => record.Update!)], cancellationToken)
                : await store.UpsertReferralsAsync([.. run.Select(record => record.Referral!)], cancellationToken);
            tally.Count(outcomes);
            // An update that still matches several of a patient's referrals stays in quarantine.
            stillAmbiguous.UnionWith(run.Where((_, i) => outcomes[i] == UpsertOutcome.Ambiguous).Select(record => record.RecordNumber));
            start += run.Count;
        }
        var released = mapped.Where(record => !stillAmbiguous.Contains(record.RecordNumber)).ToList();
        if (released.Count > 0)
            await store.ReleaseFromQuarantineAsync([.. released.Select(record => new QuarantinedRecord(sha256, "", "", record.RecordNumber, ""))], cancellationToken);
    }

    private async Task<(SourceFile File, ExportOrigin Origin)?> OpenAsync(string sha256, CancellationToken cancellationToken)
    {
        if (await store.FindExportOriginAsync(sha256, cancellationToken) is not { } origin)
            return null;
        if (await locations.FindAsync(origin.Location, cancellationToken) is not { } file)
            return null;
        // A file replaced by other content under the same name would replay the wrong records.
        return await Sha256Async(file, cancellationToken) == sha256 ? (file, origin) : null;
    }

    private static async Task<string> Sha256Async(SourceFile file, CancellationToken cancellationToken)
    {
        await using var content = await file.OpenAsync(cancellationToken);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
    }
}
