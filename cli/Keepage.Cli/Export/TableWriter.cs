using System.Globalization;
using System.Text.Json;

namespace Keepage.Cli.Export;

/// <summary>
/// Writes rows as CSV (RFC 4180 quoting; cells that a spreadsheet would run as a formula are prefixed with a quote,
/// per OWASP "CSV injection") or as a JSON array of objects with typed values.
/// </summary>
internal static class TableWriter
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\0'];

    public static void WriteCsv(TextWriter output, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        output.Write(string.Join(',', columns.Select(Quote)) + "\r\n");
        foreach (var row in rows)
            output.Write(string.Join(',', row.Select(v => Quote(Neutralise(Format(v))))) + "\r\n");
    }

    public static void WriteJson(Stream output, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < columns.Count; i++)
                WriteValue(json, columns[i], row[i]);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(name); break;
            case int n: json.WriteNumber(name, n); break;
            case decimal d: json.WriteNumber(name, d); break;
            case bool b: json.WriteBoolean(name, b); break;
            default: json.WriteString(name, Format(value)); break;
        }
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Negative numbers are data, not formulas: only text cells are neutralised.
    private static string Neutralise(string cell) =>
        cell.Length > 0 && FormulaStarts.Contains(cell[0]) && !decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
