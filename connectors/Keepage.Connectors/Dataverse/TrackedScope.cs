namespace Keepage.Connectors.Dataverse;

/// <summary>Whose tables are tracked: the configured target name and the organisation URL its delta links point at.</summary>
internal readonly record struct TrackedScope(string Target, string Organization);
