namespace Keepage.Cli.Output;

/// <summary>One line of a dry run's plan file.</summary>
internal sealed record PlanLine(string Target, string Table, string Kind, string Key, string Operation, IReadOnlyList<PlanChange> Changes);

internal sealed record PlanChange(string Field, string? Old, string? New);
