using System.Text.Json;
using Keepage.Core.Publish;

namespace Keepage.Cli.Output;

/// <summary>
/// A dry run's plan as JSON Lines: one line per write a real run would make, with its target, table, key, operation
/// and each changed field's old and new value. KPI and alert fields only: no patient data.
/// </summary>
internal static class PlanFile
{
    public static async Task WriteAsync(string path, IReadOnlyList<PlannedWrite> writes, CancellationToken cancellationToken)
    {
        await using var output = new StreamWriter(path, append: false);
        foreach (var write in writes)
        {
            var line = new PlanLine(
                write.Target, write.Table, write.Kind.ToString().ToLowerInvariant(), write.Key, write.Operation.ToString().ToLowerInvariant(),
                [.. write.Changes.Select(c => new PlanChange(c.Field, c.Old, c.New))]);
            await output.WriteLineAsync(JsonSerializer.Serialize(line, CliJsonContext.Default.PlanLine).AsMemory(), cancellationToken);
        }
    }
}
