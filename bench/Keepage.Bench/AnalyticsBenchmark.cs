using System.Diagnostics;
using System.Globalization;
using Keepage.Core.Alerts;
using Keepage.Core.Generation;
using Keepage.Core.Kpis;
using Keepage.Core.Reconciliation;

namespace Keepage.Bench;

/// <summary>
/// Generates about 1,000,000 referrals from 5,000 providers over 36 months with about 200,000 outreach activities (in
/// memory, through the demo generator), then times reconcile + KPIs + alerts and prints the process's peak working set.
/// </summary>
internal sealed class AnalyticsBenchmark(TextWriter output)
{
    // Sized so the generator's skewed referrers send about a million referrals and the practices get about 200,000
    // visits and calls; the generator's realism (skew, seasonality, noise) is otherwise untouched.
    public static GeneratorSettings Size { get; } = new()
    {
        Seed = 20261101,
        Providers = 5_000,
        Months = 36,
        RateScale = 2.32,
        OutreachScale = 8.7,
        PlantedVolumeDrops = 50,
        PlantedDormantReferrers = 50,
        PlantedNewReferrers = 50,
    };

    public void Run()
    {
        output.WriteLine($"Keepage analytics benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var clock = Stopwatch.StartNew();
        var data = DemoDataGenerator.Generate(Size);
        var referrals = data.AcceptedReferrals();
        var snapshot = data.CrmSnapshot("dataverse");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {referrals.Count:N0} referrals from {Size.Providers:N0} providers over {Size.Months} months, " +
            $"{snapshot.Activities.Count:N0} outreach activities in {clock.Elapsed.TotalSeconds:N1} s; peak working set so far {PeakMegabytes():N0} MB"));
        var asOf = data.Settings.AsOf;
        data = null;
        GC.Collect();

        clock.Restart();
        var reconciliation = Reconciler.Reconcile(referrals, [snapshot]);
        var reconciled = clock.Elapsed;
        var outreach = OutreachContext.From(reconciliation);
        // Only the count is kept, as a run keeps only what it stored: the records would be written out here.
        // Resolved once for both, as a run that computes both does.
        var analysis = ReferralAnalysis.Prepare(referrals, asOf);
        var kpis = KpiCalculator.Compute(analysis, outreach, new KpiSettings()).Count;
        var computed = clock.Elapsed;
        var afterKpis = PeakMegabytes();
        var alerts = AlertEvaluator.Evaluate(analysis, outreach, new AlertSettings());
        clock.Stop();

        var peak = PeakMegabytes();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reconcile {reconciled.TotalSeconds:N1} s ({reconciliation.MatchedProviders:N0} of {reconciliation.ReferringProviders:N0} providers matched), " +
            $"KPIs {(computed - reconciled).TotalSeconds:N1} s ({kpis:N0} records, peak {afterKpis:N0} MB), " +
            $"alerts {(clock.Elapsed - computed).TotalSeconds:N1} s ({alerts.Count:N0} alerts)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reconcile + KPIs + alerts: {clock.Elapsed.TotalSeconds:N1} s; peak working set {peak:N0} MB"));
    }

    private static double PeakMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
