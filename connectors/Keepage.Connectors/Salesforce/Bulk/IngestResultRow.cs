namespace Keepage.Connectors.Salesforce.Bulk;

/// <summary>
/// One row of an ingest job's successfulResults (<c>sf__Id,sf__Created,…</c>) or failedResults
/// (<c>sf__Id,sf__Error,…</c>, error <c>CODE:message:fields --</c>), with the original columns by name.
/// </summary>
public sealed record IngestResultRow(string? Id, bool? Created, string? ErrorCode, string? ErrorMessage, IReadOnlyDictionary<string, string> Columns)
{
    public static List<IngestResultRow> Parse(string csv)
    {
        var rows = CsvText.Read(csv);
        if (rows.Count == 0)
            return [];
        var header = rows[0];
        return [.. rows.Skip(1).Where(r => r.Length == header.Length).Select(r => Row(header, r))];
    }

    private static IngestResultRow Row(string[] header, string[] cells)
    {
        var columns = header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.OrdinalIgnoreCase);
        var error = columns.GetValueOrDefault("sf__Error");
        var colon = error?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return new IngestResultRow(
            columns.GetValueOrDefault("sf__Id") is { Length: > 0 } id ? id : null,
            columns.TryGetValue("sf__Created", out var created) ? created == "true" : null,
            colon > 0 ? error![..colon] : error,
            colon > 0 ? error![(colon + 1)..].TrimEnd(' ', '-') : null,
            columns);
    }
}
