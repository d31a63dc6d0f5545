namespace Keepage.Core.Publish;

/// <summary>A dry run's publish: per target the counts a real run would have, the same per table, and every write it would make.</summary>
public sealed record PublishPlan(IReadOnlyList<PublishSummary> Summaries, IReadOnlyList<PlannedTable> Tables, IReadOnlyList<PlannedWrite> Writes);

/// <summary>How many records of one target's table a real run would create, update and leave unchanged.</summary>
public sealed record PlannedTable(string Target, string Table, int Create, int Update, int Unchanged);
