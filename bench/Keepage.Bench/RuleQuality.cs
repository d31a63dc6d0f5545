namespace Keepage.Bench;

/// <summary>One rule's tally against the planted anomalies, summed over seeds.</summary>
internal sealed record RuleQuality(int Planted, int Found, int Alerts, int TrueAlerts, int StableReferrers, int StableAlerted)
{
    public double Recall => Planted == 0 ? 1 : (double)Found / Planted;

    public double Precision => Alerts == 0 ? 1 : (double)TrueAlerts / Alerts;

    public double FalsePositiveRate => StableReferrers == 0 ? 0 : (double)StableAlerted / StableReferrers;

    public static RuleQuality operator +(RuleQuality a, RuleQuality b) => new(
        a.Planted + b.Planted, a.Found + b.Found, a.Alerts + b.Alerts, a.TrueAlerts + b.TrueAlerts,
        a.StableReferrers + b.StableReferrers, a.StableAlerted + b.StableAlerted);
}
