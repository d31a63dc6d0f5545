namespace Keepage.Core.Generation;

// The anomaly, if any, planted on a provider; planted providers are kept free of data defects.
internal enum PlantedRole
{
    None,
    VolumeDrop,
    Dormant,
    NewReferrer,
}
