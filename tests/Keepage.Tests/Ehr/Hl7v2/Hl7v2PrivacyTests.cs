using Microsoft.Data.Sqlite;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>PID-3 leaves the reader only as a keyed pseudonym; PID-5 name, PID-7 birth date and PID-11 address not at all.</summary>
public sealed class Hl7v2PrivacyTests : IDisposable
{
    private static readonly string[] Canaries = ["MRN-CANARY-1", "999-00-1111", "CANARYNAME", "19610615", "CANARY STREET"];

    private readonly Hl7v2Ingest _ingest = new();

    [Fact]
    public async Task NoPatientIdentifierNameBirthDateOrAddressReachesTheDatabaseFiles()
    {
        var badDate = Hl7v2Text.Referral("R-2").Replace("|20240301|20240601|", "|2024-03-01|20240601|", StringComparison.Ordinal);
        await _ingest.IngestAsync("referrals.hl7", Hl7v2Text.Referral() + badDate + Hl7v2Text.Booking());
        SqliteConnection.ClearAllPools();

        var files = Directory.GetFiles(_ingest.StatePath, "keepage.db*");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
            Assert.Contains("R-100", text, StringComparison.Ordinal);
            Assert.All(Canaries, canary => Assert.DoesNotContain(canary, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task RejectionReasonsNameFieldsNotValues()
    {
        var text = Hl7v2Text.Referral().Replace("|20240301|20240601|", "|CANARYNAME|20240601|", StringComparison.Ordinal)
            .Replace("BYRON^ADA", "BYRON\\Q\\CANARYNAME^ADA", StringComparison.Ordinal);

        var reason = Assert.Single(await Hl7v2Text.ReadAsync(text)).RejectionReason!;

        Assert.Equal("RF1-7 effective date is not a valid HL7 date; PRD-2 escape sequence is not valid", reason);
    }

    public void Dispose() => _ingest.Dispose();
}
