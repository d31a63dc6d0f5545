namespace Keepage.Core.Generation;

/// <summary>The anomaly, if any, planted on a provider; planted providers are kept free of data defects.</summary>
internal enum PlantedRole
{
    None,
    VolumeDrop,
    Dormant,
    NewReferrer,
}
