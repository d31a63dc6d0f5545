using System.CommandLine;
using System.Globalization;
using Keepage.Cli.Composition;
using Keepage.Connectors.Store;
using Keepage.Core.Alerts;
using Keepage.Core.Flows;
using Keepage.Core.Kpis;
using Keepage.Core.Reconciliation;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage analyze --state DIR [--as-of DATE]</c>: KPIs and alerts from what the store holds (referrals and the last
/// CRM mirror; no CRM is called). Without --as-of, "today" is the day after the latest referral, so reruns agree.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var state = CommonOptions.State(required: true);
        var asOf = new Option<string?>("--as-of") { Description = "The analysis date (yyyy-MM-dd); periods before it are complete." };
        var command = new Command("analyze", "Compute KPIs and leakage alerts from the state, without a CRM.") { state, asOf };
        command.SetAction((parse, ct) => RunAsync(parse.GetRequiredValue(state), parse.GetValue(asOf), ct));
        return command;
    }

    private static async Task<int> RunAsync(string statePath, string? asOfText, CancellationToken cancellationToken)
    {
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                await Console.Error.WriteLineAsync("--as-of must be a date as yyyy-MM-dd.");
                return 2;
            }
            asOf = parsed;
        }
        var state = StateDirectory.Open(statePath);
        if (!File.Exists(state.Database))
        {
            await Console.Error.WriteLineAsync($"No Keepage state in '{state.Path}'.");
            return 2;
        }
        var store = new SqliteKeepageStore(state.Database);
        await store.MigrateAsync(cancellationToken);
        var referrals = await store.ListReferralsAsync(cancellationToken);
        var outreach = OutreachContext.From(Reconciler.Reconcile(referrals, await store.LoadSnapshotsAsync(cancellationToken)));
        var day = asOf ?? (referrals.Count > 0 ? referrals.Max(r => r.ReferralDate).AddDays(1) : DateOnly.FromDateTime(DateTime.UtcNow));
        var kpis = await new ComputeKpis(store, new KpiSettings()).RunAsync(referrals, outreach, day, cancellationToken);
        var alerts = await new EvaluateAlerts(store, new AlertSettings()).RunAsync(referrals, outreach, day, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"As of {day:yyyy-MM-dd}: {referrals.Count} referrals, {kpis.Count} KPI records, {alerts.Count} alerts."));
        foreach (var rule in alerts.GroupBy(a => a.Rule).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule.Key}: {rule.Count()}"));
        return 0;
    }
}
