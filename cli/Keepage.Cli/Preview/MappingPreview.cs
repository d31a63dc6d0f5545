using System.Security.Cryptography;
using Keepage.Cli.Composition;
using Keepage.Cli.Configuration;
using Keepage.Core.Crm;
using Keepage.Core.Ingest;
using Keepage.Core.Kpis;
using Keepage.Core.Privacy;
using Keepage.Core.Publish;

namespace Keepage.Cli.Preview;

/// <summary>
/// What a source's mapping makes of the first records of a sample file: each record's canonical referral, update or
/// rejection reason, and the CRM records (KPI rows) the accepted ones feed. Reads the sample only; writes nothing.
/// Patient ids are pseudonymised with a throw-away key, so the preview shows no patient identifier.
/// </summary>
internal static class MappingPreview
{
    public static async Task<PreviewResult> RunAsync(
        KeepageConfig config, string configPath, string sourceName, string samplePath, int records, CancellationToken cancellationToken)
    {
        var source = config.Sources.FirstOrDefault(s => string.Equals(s.Name, sourceName, StringComparison.Ordinal))
            ?? throw new ConfigException(
                $"The configuration has no source named '{sourceName}'; its sources are {string.Join(", ", config.Sources.Select(s => $"'{s.Name}'"))}.");
        if (!File.Exists(samplePath))
            throw new ConfigException($"The sample file '{samplePath}' does not exist.");
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        var reading = await ExportSources.ReadingAsync(
            source.Profile, source.Format, source.Crosswalk, new PatientPseudonymizer(RandomNumberGenerator.GetBytes(32)), source.Name,
            baseDirectory, cancellationToken);
        var export = ExportSources.ForFile(samplePath, reading);
        var mapped = new List<MappedRecord>();
        await using (var content = await export.File.OpenAsync(cancellationToken))
        {
            await foreach (var record in export.Reader.ReadAsync(content, cancellationToken))
            {
                mapped.Add(record);
                if (mapped.Count == records)
                    break;
            }
        }
        return new PreviewResult(source.Name, source.Profile, mapped, CrmRecordsFed(mapped, config.Kpis));
    }

    // KPIs need complete months: "today" is the first of the month after the newest referral previewed.
    private static IReadOnlyList<CrmRecord> CrmRecordsFed(IReadOnlyList<MappedRecord> mapped, KpiSettings settings)
    {
        var referrals = mapped.Where(m => m.Referral is not null).Select(m => m.Referral!).ToList();
        if (referrals.Count == 0)
            return [];
        var newest = referrals.Max(r => r.ReferralDate);
        var asOf = new DateOnly(newest.Year, newest.Month, 1).AddMonths(1);
        return [.. KpiCalculator.Compute(referrals, settings with { MinimumCellSize = 0 }, asOf)
            .Where(k => k.Count > 0)
            .OrderBy(k => k.Kpi == KpiNames.ReferralVolume ? 0 : 1)
            .ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(CrmRecordBuilder.FromKpi)];
    }
}
