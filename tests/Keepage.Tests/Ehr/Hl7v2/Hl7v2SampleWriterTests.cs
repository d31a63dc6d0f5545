using Keepage.Connectors.Ehr.Hl7v2.Samples;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Ehr.Hl7v2;

public sealed class Hl7v2SampleWriterTests : IDisposable
{
    private readonly Hl7v2Ingest _ingest = new();

    private static async Task<(byte[] Bytes, Hl7v2SampleCounts Counts)> WriteAsync(int messages, int seed = 7, bool mllp = false)
    {
        using var output = new MemoryStream();
        var counts = await new Hl7v2SampleWriter(seed, mllp).WriteAsync(output, messages, TestContext.Current.CancellationToken);
        return (output.ToArray(), counts);
    }

    [Fact]
    public async Task WritesTheSameBytesForTheSameSeedAndOthersForAnother()
    {
        var first = await WriteAsync(300);
        var again = await WriteAsync(300);
        var other = await WriteAsync(300, seed: 8);

        Assert.Equal(first.Bytes, again.Bytes);
        Assert.NotEqual(first.Bytes, other.Bytes);
        Assert.Equal(300, first.Counts.Messages);
    }

    [Fact]
    public async Task EveryMessageIngestsAndEachBookingSchedulesItsReferral()
    {
        var (bytes, counts) = await WriteAsync(500);

        var receipt = await _ingest.IngestAsync("sample.hl7", bytes);

        Assert.Equal((500, 500, 0, 0), (receipt.Read, receipt.Accepted, receipt.Quarantined, receipt.Flagged));
        var referrals = await _ingest.Store.ListReferralsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(counts.Referrals, referrals.Count);
        Assert.InRange(counts.Appointments, counts.Referrals / 2, counts.Referrals);
        Assert.Equal(counts.Appointments, referrals.Count(r => r.Status == ReferralStatus.Scheduled && r.AppointmentDate > r.ScheduledDate));
        Assert.All(referrals, r => Assert.True(Npi.IsValid(r.ReferringNpi) && Npi.IsValid(r.ReferredToNpi)));
        Assert.Contains(referrals, r => r.ReferringPracticeName == "Ortiz & Reyes Pediatrics");
        Assert.Contains(referrals, r => r.ReferringName!.Contains('ñ', StringComparison.Ordinal));
    }

    [Fact]
    public async Task MllpFramedOutputReadsTheSame()
    {
        var plain = await Hl7v2Text.ReadAsync((await WriteAsync(200)).Bytes);
        var framed = await Hl7v2Text.ReadAsync((await WriteAsync(200, mllp: true)).Bytes);

        Assert.Equal(plain.Select(Key), framed.Select(Key));
        Assert.All(framed, record => Assert.Null(record.RejectionReason));
    }

    private static string Key(Keepage.Core.Ingest.MappedRecord record) =>
        $"{record.RecordNumber} {record.Referral?.ReferralId} {record.Referral?.ReferringNpi} {record.Update}";

    public void Dispose() => _ingest.Dispose();
}
