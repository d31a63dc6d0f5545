namespace Keepage.Core.Kpis;

public static class PeriodTypes
{
    public const string Month = "month";
}
