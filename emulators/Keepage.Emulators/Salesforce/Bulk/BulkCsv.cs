using System.Text;

namespace Keepage.Emulators.Salesforce.Bulk;

/// <summary>
/// Bulk API 2.0 CSV (RFC 4180 quoting) in the job's column delimiter and line ending (COMMA, BACKQUOTE, CARET, PIPE,
/// SEMICOLON, TAB; LF or CRLF).
/// </summary>
internal static class BulkCsv
{
    public static char Delimiter(string columnDelimiter) => columnDelimiter switch
    {
        "BACKQUOTE" => '`',
        "CARET" => '^',
        "PIPE" => '|',
        "SEMICOLON" => ';',
        "TAB" => '\t',
        _ => ',',
    };

    public static string LineBreak(string lineEnding) => lineEnding == "CRLF" ? "\r\n" : "\n";

    public static List<string[]> Read(string text, char delimiter)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    cell.Append(text[++i]);
                else if (c == '"')
                    quoted = false;
                else
                    cell.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == delimiter)
                row.Add(Take(cell));
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                row.Add(Take(cell));
                rows.Add([.. row]);
                row.Clear();
            }
            else
                cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(Take(cell));
            rows.Add([.. row]);
        }
        return rows;
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> rows, char delimiter, string lineBreak, bool trailingBreak) =>
        string.Join(lineBreak, rows.Select(r => string.Join(delimiter, r.Select(v => Quote(v, delimiter))))) + (trailingBreak ? lineBreak : "");

    private static string Quote(string value, char delimiter) =>
        value.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Take(StringBuilder cell)
    {
        var value = cell.ToString();
        cell.Clear();
        return value;
    }
}
