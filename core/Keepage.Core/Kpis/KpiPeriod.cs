namespace Keepage.Core.Kpis;

/// <summary>A published period: <see cref="PeriodTypes.Month"/> (first day) or <see cref="PeriodTypes.Week"/> (Monday).</summary>
public sealed record KpiPeriod(string PeriodType, DateOnly Start)
{
    public static KpiPeriod Month(DateOnly date) => new(PeriodTypes.Month, new DateOnly(date.Year, date.Month, 1));

    public static KpiPeriod Week(DateOnly date) => new(PeriodTypes.Week, PeriodTypes.WeekStart(date));
}
