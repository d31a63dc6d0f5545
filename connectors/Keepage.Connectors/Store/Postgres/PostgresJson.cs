using System.Text.Json;

namespace Keepage.Connectors.Store.Postgres;

/// <summary>
/// Row records as one JSON array parameter, read server-side with <c>jsonb_to_recordset</c>: a set of rows goes in one
/// round trip instead of one statement per row. Keys are the records' property names in snake_case, which are the
/// table's column names.
/// </summary>
internal static class PostgresJson
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static string Rows<T>(IEnumerable<T> rows) => JsonSerializer.Serialize(rows, Options);

    /// <summary>
    /// An INSERT of the rows in parameter <c>@Rows</c> into <paramref name="table"/>. <paramref name="columns"/> are
    /// column definitions (<c>name type, ...</c>): the JSON text is parsed as each type. Rows keep their array order.
    /// </summary>
    public static string Insert(string table, string columns)
    {
        var names = string.Join(", ", columns.Split(',').Select(column => column.Trim().Split(' ')[0]));
        return $"""
            INSERT INTO {table} ({names})
            SELECT {names} FROM ROWS FROM (jsonb_to_recordset(@Rows::jsonb) AS ({columns})) WITH ORDINALITY AS r
            ORDER BY r.ordinality
            """;
    }

    /// <summary>Keeps the last row for each key, at its last position: what a run of single-row upserts leaves.</summary>
    public static List<T> LastPerKey<T, TKey>(IEnumerable<T> rows, Func<T, TKey> key) =>
        [.. rows.Reverse().DistinctBy(key).Reverse()];
}
