using System.Globalization;
using Keepage.Core.Kpis;

namespace Keepage.Core.Alerts;

// How alert explanations name subjects and numbers: physicians and practices by name and id, counts only.
internal static class AlertWording
{
    public static string Subject(string subjectType, string subjectId, string? name)
    {
        if (subjectType == Grains.Practice)
            return name is null ? $"practice {subjectId}" : $"{name} (practice {subjectId})";
        if (subjectId.StartsWith(KpiSubjects.NamePrefix, StringComparison.Ordinal))
            return $"{name ?? subjectId[KpiSubjects.NamePrefix.Length..]} (no valid NPI)";
        return name is null ? $"NPI {subjectId}" : $"{name} (NPI {subjectId})";
    }

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string PValue(double p) =>
        p < 0.0001 ? "p < 0.0001" : "p = " + p.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Percent(double share) =>
        Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static decimal Rounded(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);
}
