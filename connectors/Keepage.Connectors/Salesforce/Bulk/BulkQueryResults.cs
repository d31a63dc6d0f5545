namespace Keepage.Connectors.Salesforce.Bulk;

/// <summary>
/// One chunk of a Bulk API 2.0 query job's results: CSV rows, <c>Sforce-NumberOfRecords</c>, and
/// <c>Sforce-Locator</c> for the next chunk (the literal <c>null</c> on the last one, read as null).
/// </summary>
public sealed record BulkQueryResults(IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, int? NumberOfRecords, string? NextLocator)
{
    public static BulkQueryResults Parse(string csv, string? numberOfRecords, string? locator)
    {
        var rows = CsvText.Read(csv);
        var header = rows.Count > 0 ? rows[0] : [];
        return new BulkQueryResults(
            [.. rows.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.OrdinalIgnoreCase))],
            int.TryParse(numberOfRecords, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : null,
            locator is null or "null" ? null : locator);
    }
}
