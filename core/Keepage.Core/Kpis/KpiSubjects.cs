namespace Keepage.Core.Kpis;

/// <summary>Subject ids that are not an NPI or a practice id.</summary>
public static class KpiSubjects
{
    /// <summary>The single subject of system-grain KPIs.</summary>
    public const string All = "all";

    /// <summary>
    /// Prefix of a provider subject known only by name (no valid NPI anywhere for that name). Not "name:": a colon
    /// is one of the characters Dataverse refuses in alternate key values.
    /// </summary>
    public const string NamePrefix = "name-";
}
