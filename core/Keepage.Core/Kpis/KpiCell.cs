namespace Keepage.Core.Kpis;

// A KPI value before suppression; PreviousCount lets suppression also hide a small previous value. A weekly cell
// carries its Monday in Week (Month is then the week's month).
internal readonly record struct KpiCell(
    string Kpi,
    string Grain,
    string SubjectId,
    string? SubjectName,
    CalendarMonth Month,
    decimal Value,
    int Count,
    decimal Coverage,
    decimal? PreviousValue,
    int? PreviousCount,
    DateOnly? Week = null)
{
    public KpiPeriod Period => Week is { } monday ? new(PeriodTypes.Week, monday) : new(PeriodTypes.Month, Month.Start);

    public static decimal Share(int part, int whole) =>
        whole == 0 ? 1m : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);
}
