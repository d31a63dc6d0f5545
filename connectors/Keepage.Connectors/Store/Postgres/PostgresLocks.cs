namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Advisory lock keys: a 64-bit hash of the current schema and a name, so stores in different schemas of one
/// database never wait on each other. A hash collision only serializes two unrelated pieces of work.
/// </summary>
internal static class PostgresLocks
{
    /// <summary>SQL for the lock key of <paramref name="nameExpression"/> (an SQL text expression).</summary>
    public static string Key(string nameExpression) =>
        $"hashtextextended('keepage' || chr(31) || current_schema() || chr(31) || {nameExpression}, 0)";
}
