using System.Text;

namespace Keepage.Connectors.Salesforce.Bulk;

/// <summary>Bulk API 2.0 CSV with commas and LF (RFC 4180 quoting), as Keepage's jobs declare it.</summary>
public static class CsvText
{
    public static List<string[]> Read(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted && c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                cell.Append(text[++i]);
            else if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ',')
                row.Add(Take(cell));
            else if (!quoted && c is '\n' or '\r')
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

    public static string Write(IEnumerable<IReadOnlyList<string>> rows) =>
        string.Join('\n', rows.Select(r => string.Join(',', r.Select(Quote)))) + "\n";

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Take(StringBuilder cell)
    {
        var value = cell.ToString();
        cell.Clear();
        return value;
    }
}
