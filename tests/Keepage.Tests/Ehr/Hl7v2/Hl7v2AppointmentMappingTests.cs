using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Ehr.Hl7v2;

public sealed class Hl7v2AppointmentMappingTests : IDisposable
{
    private static readonly DateOnly Booked = new(2024, 3, 5);
    private static readonly DateOnly Visit = new(2024, 3, 20);

    private readonly Hl7v2Ingest _ingest = new();

    [Theory]
    [InlineData("S12", "Booked", ReferralStatus.Scheduled, true, true, false)]
    [InlineData("S13", "Booked", ReferralStatus.Scheduled, false, true, false)]
    [InlineData("S14", "Complete", ReferralStatus.Completed, false, true, true)]
    [InlineData("S14", "Noshow", ReferralStatus.NoShow, false, true, false)]
    [InlineData("S15", "Cancelled", ReferralStatus.Cancelled, false, false, false)]
    [InlineData("S26", "Booked", ReferralStatus.NoShow, false, true, false)]
    public async Task MapsScheduleEventsToUpdates(string trigger, string fillerStatus, ReferralStatus status, bool scheduled, bool visit, bool completed)
    {
        var record = Assert.Single(await Hl7v2Text.ReadAsync(Hl7v2Text.Booking(trigger: trigger, fillerStatus: fillerStatus)));

        Assert.Null(record.Referral);
        var update = record.Update!;
        Assert.Equal((Hl7v2Ingest.Source, "R-100", status), (update.Source, update.ReferralId, update.Status));
        Assert.Equal((scheduled ? Booked : null, visit ? Visit : null, completed ? Visit : null), (update.ScheduledDate, update.AppointmentDate, update.CompletedDate));
    }

    [Fact]
    public async Task LinksThroughTheFillerOrderNumberWhenThePlacerNumberIsEmpty()
    {
        var text = Hl7v2Text.Booking().Replace("|Booked|R-100^EPIC", "|Booked||FILLER-9^LAB", StringComparison.Ordinal);

        Assert.Equal("FILLER-9", Assert.Single(await Hl7v2Text.ReadAsync(text)).Update!.ReferralId);
    }

    [Fact]
    public async Task PrefersTq1StartOverTheDeprecatedSch11()
    {
        var withoutTq1 = Hl7v2Text.Booking().Replace("TQ1|||||||202403200930+0000|202403201030+0000\r", "", StringComparison.Ordinal);

        Assert.Equal(Visit, Assert.Single(await Hl7v2Text.ReadAsync(Hl7v2Text.Booking())).Update!.AppointmentDate);
        Assert.Equal(new DateOnly(2020, 1, 1), Assert.Single(await Hl7v2Text.ReadAsync(withoutTq1)).Update!.AppointmentDate);
    }

    [Fact]
    public async Task IgnoresTheMessageStructureInMsh9()
    {
        var text = Hl7v2Text.Booking(trigger: "S15").Replace("SIU^S15^SIU_S12", "SIU^S15^SIU_S15", StringComparison.Ordinal);

        Assert.Equal(ReferralStatus.Cancelled, Assert.Single(await Hl7v2Text.ReadAsync(text)).Update!.Status);
    }

    [Fact]
    public async Task ABookingInTheSameFileUpdatesItsReferralAndCreatesNone()
    {
        var receipt = await _ingest.IngestAsync("day.hl7", Hl7v2Text.Referral() + Hl7v2Text.Booking() + Hl7v2Text.Booking("R-404"));

        Assert.Equal((3, 3, 0), (receipt.Read, receipt.Accepted, receipt.Quarantined));
        var referral = Assert.Single(await _ingest.Store.ListReferralsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(("R-100", ReferralStatus.Scheduled, Booked, Visit), (referral.ReferralId, referral.Status, referral.ScheduledDate, referral.AppointmentDate));
    }

    [Fact]
    public async Task ABookingBeforeItsReferralIsHeldAndAppliedWhenTheReferralArrives()
    {
        await _ingest.IngestAsync("early.hl7", Hl7v2Text.Booking());
        Assert.Empty(await _ingest.Store.ListReferralsAsync(TestContext.Current.CancellationToken));

        await _ingest.IngestAsync("late.hl7", Hl7v2Text.Referral());

        Assert.Equal(ReferralStatus.Scheduled, (await _ingest.ReferralAsync("R-100")).Status);
    }

    [Fact]
    public async Task LinksAnAppointmentThatNamesNoOrderByItsPseudonymisedPatientAndStart()
    {
        var update = Assert.Single(await Hl7v2Text.ReadAsync(Unordered(Hl7v2Text.Booking()))).Update!;

        Assert.Null(update.ReferralId);
        Assert.Equal(new PatientLink(Hl7v2Ingest.Pseudonymizer.Pseudonymize("MRN-CANARY-1"), Visit), update.Patient);
        Assert.Equal((ReferralStatus.Scheduled, Booked, Visit), (update.Status, update.ScheduledDate, update.AppointmentDate));
        Assert.DoesNotContain("CANARY", update.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectsAnAppointmentThatNamesNeitherAnOrderNorAPatient()
    {
        var text = Unordered(Hl7v2Text.Booking()).Replace("PID|1||MRN-CANARY-1^^^GHH^MR||", "PID|1||||", StringComparison.Ordinal);

        Assert.Equal("SCH-26 placer order number is missing (and SCH-27 and PID-3): the appointment names no referral and no patient",
            Assert.Single(await Hl7v2Text.ReadAsync(text)).RejectionReason);
    }

    [Fact]
    public async Task RejectsAnUnreadableOrderNumberRatherThanLinkingByPatient()
    {
        var text = Hl7v2Text.Booking().Replace("|Booked|R-100^EPIC", "|Booked|R-1\\Q\\^EPIC", StringComparison.Ordinal);

        Assert.Equal("SCH-26 escape sequence is not valid", Assert.Single(await Hl7v2Text.ReadAsync(text)).RejectionReason);
    }

    [Fact]
    public async Task ABookingWithoutOrderNumberSchedulesThePatientsReferral()
    {
        await _ingest.IngestAsync("referral.hl7", Hl7v2Text.Referral());

        var receipt = await _ingest.IngestAsync("booking.hl7", Unordered(Hl7v2Text.Booking()));

        Assert.Equal((1, 1, 0), (receipt.Read, receipt.Accepted, receipt.Quarantined));
        var referral = await _ingest.ReferralAsync("R-100");
        Assert.Equal((ReferralStatus.Scheduled, Booked, Visit), (referral.Status, referral.ScheduledDate, referral.AppointmentDate));
    }

    private static string Unordered(string booking) => booking.Replace("|Booked|R-100^EPIC", "|Booked|", StringComparison.Ordinal);

    public void Dispose() => _ingest.Dispose();
}
