using System.Text.Json;

namespace Keepage.Connectors.Dataverse;

/// <summary>A table's rows by primary id as of <see cref="DeltaLink"/>.</summary>
internal sealed record TrackedTable(string DeltaLink, IReadOnlyDictionary<string, JsonElement> Rows);
