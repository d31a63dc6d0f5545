using CsCheck;
using Keepage.Core.Generation;
using nietras.SeparatedValues;

namespace Keepage.Tests.Generation;

public sealed class ReferralCsvTests
{
    private static readonly GeneratedDemoData Data = DemoDataGenerator.Generate(new GeneratorSettings());

    [Fact]
    public void WritesTheCanonicalHeader()
    {
        var csv = Csv(Data);

        Assert.StartsWith(
            "referral_id,source,patient_id,referring_npi,referring_name,referring_practice_id,referring_practice_name," +
            "referred_to_npi,referred_to_department,specialty,service_line,referral_date,status,scheduled_date," +
            "appointment_date,completed_date,in_network,procedure_code,payer,priority\r\n",
            csv, StringComparison.Ordinal);
    }

    [Fact]
    public void ParsesBackWithAStandardCsvReader()
    {
        var rows = Parse(Csv(Data));

        Assert.Equal(DemoDataGenerator.CsvColumns, rows[0]);
        Assert.Equal(Data.Rows.Count, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(20, r.Length));
        Assert.All(rows.Skip(1).Zip(Data.Rows), pair =>
        {
            Assert.Equal(pair.Second.Referral.ReferralId, pair.First[0]);
            Assert.Equal(pair.Second.Referral.ReferringPracticeName ?? "", pair.First[6]);
        });
        Assert.Contains(rows, r => r[6].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void WritesCanonicalValues()
    {
        var rows = Parse(Csv(Data)).Skip(1).ToList();

        Assert.All(rows, r =>
        {
            Assert.Contains(r[12], new[] { "pending", "scheduled", "completed", "cancelled", "declined", "expired", "no_show" });
            Assert.Contains(r[16], new[] { "true", "false", "" });
            Assert.All(new[] { r[13], r[14], r[15] }, d => Assert.Matches("^([0-9]{4}-[0-9]{2}-[0-9]{2})?$", d));
        });
        var badDates = rows.Count(r => !DateOnly.TryParseExact(r[11], "yyyy-MM-dd", out _));
        Assert.Equal(Data.GroundTruth.Counts.BadReferralDates, badDates);
    }

    [Fact]
    public void QuotesAnyFieldSoItReadsBackUnchanged() =>
        Gen.String[Gen.Char["ab,\"\r\n x"], 0, 12].Array[1, 5].Sample(fields =>
        {
            var line = string.Join(',', fields.Select(ReferralCsvWriter.Quote)) + "\r\n";
            var parsed = Parse("h" + string.Concat(Enumerable.Range(1, fields.Length - 1).Select(i => ",h" + i)) + "\r\n" + line);
            Assert.Equal(fields, parsed[1]);
        });

    private static string Csv(GeneratedDemoData data)
    {
        var writer = new StringWriter();
        data.WriteReferralsCsv(writer);
        return writer.ToString();
    }

    private static List<string[]> Parse(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var values = new string[row.ColCount];
            for (var i = 0; i < values.Length; i++)
                values[i] = row[i].ToString();
            rows.Add(values);
        }
        return rows;
    }
}
