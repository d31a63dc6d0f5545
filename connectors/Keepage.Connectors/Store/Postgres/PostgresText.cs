namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// SQL that reads typed PostgreSQL columns back as the store's text forms (<see cref="StoreText"/>), so the row
/// records are shared with the SQLite store: ISO dates, ISO 8601 UTC timestamps with seven fraction digits.
/// </summary>
internal static class PostgresText
{
    public static string Date(string column) => $"to_char({column}, 'YYYY-MM-DD')";

    // PostgreSQL keeps microseconds; the seventh digit of .NET's 100 ns ticks is written as 0.
    public static string Timestamp(string column) => $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"0Z\"')";

    public static string Decimal(string column) => $"{column}::text";

    public static string Integer(string column) => $"{column}::bigint";
}
