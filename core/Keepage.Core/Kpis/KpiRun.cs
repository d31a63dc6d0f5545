namespace Keepage.Core.Kpis;

// One KPI computation's parts, each returning its published records (suppressed cells dropped, only the requested
// periods), so the parts can run side by side. Cells become records as they are made, so the million-referral case
// never holds both at once.
internal sealed class KpiRun(
    ReferralSubjects subjects, OutreachContext outreach, KpiSettings settings, DateOnly asOf, IReadOnlySet<KpiPeriod>? periods,
    KpiWindow window, WeekWindow weeks, CalendarMonth dataStart)
{
    private bool HasMonths => window.First.Index <= window.Last.Index;

    public (List<KpiRecord> Records, IReadOnlyList<SubjectHistory> Histories) Grain(GrainSelector grain)
    {
        var histories = grain.Grain switch
        {
            Grains.Provider => subjects.ProviderHistories(),
            Grains.Practice => subjects.PracticeHistories(),
            _ => subjects.Histories(grain.Subject, grain.Complete, grain.Name),
        };
        var records = new List<KpiRecord>();
        if (HasMonths)
        {
            Publish(records, VolumeKpi.Cells(grain.Grain, histories, window, settings.LookBackMonths));
            Publish(records, VolumeKpi.YearOnYear(grain.Grain, histories, window, settings.LookBackMonths, dataStart));
            Publish(records, OutcomeKpi.Cells(grain, subjects.Referrals, window, settings, asOf));
        }
        Publish(records, WeeklyVolumeKpi.Cells(grain.Grain, histories, weeks, settings.LookBackMonths));
        return (records, histories);
    }

    public List<KpiRecord> NewProviders()
    {
        var records = new List<KpiRecord>();
        if (HasMonths)
            Publish(records, NewProviderKpi.Cells(subjects.Referrals, dataStart, window, settings.LookBackMonths));
        return records;
    }

    // Lapsed and reactivated referrers, and with a CRM the same per liaison plus outreach coverage and lift.
    public List<KpiRecord> Referrers(IReadOnlyDictionary<string, IReadOnlyList<SubjectHistory>> histories)
    {
        var records = new List<KpiRecord>();
        if (!HasMonths)
            return records;
        var providers = histories[Grains.Provider];
        Publish(records, ReferrerDynamicsKpi.Cells(providers, _ => KpiSubjects.All, Grains.System, histories[Grains.System], window, settings, asOf));
        if (!outreach.HasCrm)
            return records;
        var practiceOf = providers.ToDictionary(p => p.Id, p => subjects.UsualPractice(p.Id), StringComparer.Ordinal);
        string? LiaisonOf(string provider) => outreach.LiaisonOf(provider, practiceOf[provider]);
        Publish(records, ReferrerDynamicsKpi.Cells(providers, LiaisonOf, Grains.Liaison, histories[Grains.Liaison], window, settings, asOf));
        Publish(records, OutreachKpi.Cells(providers, outreach, _ => KpiSubjects.All, Grains.System, window, settings, asOf));
        Publish(records, OutreachKpi.Cells(providers, outreach, LiaisonOf, Grains.Liaison, window, settings, asOf));
        return records;
    }

    private void Publish(List<KpiRecord> records, IEnumerable<KpiCell> cells)
    {
        foreach (var cell in cells)
        {
            if ((periods is null || periods.Contains(cell.Period)) && ToRecord(cell, settings.MinimumCellSize) is { } record)
                records.Add(record);
        }
    }

    private static KpiRecord? ToRecord(KpiCell cell, int minimumCellSize)
    {
        if (IsSuppressed(cell.Count, minimumCellSize))
            return null;
        // The previous value is suppressed with its own period, or it would disclose the count hidden there.
        var previous = cell.PreviousCount is { } count && IsSuppressed(count, minimumCellSize) ? null : cell.PreviousValue;
        var period = cell.Period;
        return new KpiRecord
        {
            Key = KpiRecord.MakeKey(cell.Kpi, cell.Grain, cell.SubjectId, period.PeriodType, period.Start),
            Kpi = cell.Kpi,
            Grain = cell.Grain,
            SubjectId = cell.SubjectId,
            SubjectName = cell.SubjectName,
            PeriodType = period.PeriodType,
            PeriodStart = period.Start,
            Value = cell.Value,
            PreviousValue = previous,
            ChangePercent = previous is > 0 ? Math.Round((cell.Value - previous.Value) / previous.Value * 100m, 1, MidpointRounding.AwayFromZero) : null,
            Count = cell.Count,
            Coverage = cell.Coverage,
        };
    }

    // Zero is published: it identifies no one, and hiding it would hide exactly the drops liaisons need to see.
    private static bool IsSuppressed(int count, int minimumCellSize) => count > 0 && count < minimumCellSize;
}
