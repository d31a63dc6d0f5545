using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Core.Store;
using Keepage.Tests.Store;

namespace Keepage.Tests.StoreContract;

/// <summary>
/// Updates that name no referral id, linked by patient key and appointment start (an SIU without SCH-26/27): the same
/// resolution, holding and refusal on every real database, run by a sealed subclass per store.
/// </summary>
public abstract class PatientLinkContract(IContractDatabase database) : IAsyncDisposable
{
    private static readonly string Patient = new('b', 64);
    private static readonly DateOnly Visit = new(2024, 3, 20);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task LinksToTheOpenReferralWithTheLatestDateOnOrBeforeTheAppointment()
    {
        var store = await StoreWithAsync(Of("R-1", 2024, 1, 10), Of("R-2", 2024, 2, 10), Of("R-3", 2024, 4, 1),
            Of("R-4", 2024, 3, 1) with { Status = ReferralStatus.Completed }, Of("R-5", 2024, 3, 2) with { Status = ReferralStatus.Cancelled });

        Assert.Equal([UpsertOutcome.Updated], await store.ApplyUpdatesAsync([Booking()], Cancellation));

        Assert.Equal(["R-2"], await ScheduledAsync(store));
    }

    [Fact]
    public async Task FallsBackToTheLatestOpenReferralWhenNoneIsOnOrBeforeTheAppointment()
    {
        var store = await StoreWithAsync(Of("R-1", 2024, 4, 1), Of("R-2", 2024, 5, 1), Of("R-3", 2024, 6, 1) with { Status = ReferralStatus.Cancelled });

        Assert.Equal([UpsertOutcome.Updated], await store.ApplyUpdatesAsync([Booking()], Cancellation));

        Assert.Equal(["R-2"], await ScheduledAsync(store));
    }

    [Fact]
    public async Task ACancelThenNoShowOfTheBookedAppointmentReachTheReferralItBooked()
    {
        var store = await StoreWithAsync(Of("R-1", 2024, 3, 1), Of("R-2", 2024, 2, 1));
        await store.ApplyUpdatesAsync([Booking()], Cancellation);

        var outcomes = await store.ApplyUpdatesAsync(
            [Booking(ReferralStatus.Cancelled), Booking(ReferralStatus.NoShow)], Cancellation);

        Assert.Equal([UpsertOutcome.Updated, UpsertOutcome.Updated], outcomes);
        var referrals = await store.ListReferralsAsync(Cancellation);
        Assert.Equal([(ReferralStatus.NoShow, Visit), (ReferralStatus.Pending, null)], referrals.Select(r => (r.Status, r.AppointmentDate)));
    }

    [Fact]
    public async Task HoldsTheUpdateUntilAReferralForThePatientArrives()
    {
        var store = await database.CreateStoreAsync();

        Assert.Equal([UpsertOutcome.Deferred], await store.ApplyUpdatesAsync([Booking()], Cancellation));
        Assert.Equal([UpsertOutcome.Duplicate], await store.ApplyUpdatesAsync([Booking()], Cancellation));
        Assert.Equal([UpsertOutcome.Inserted, UpsertOutcome.Inserted],
            await store.UpsertReferralsAsync([StoreReferrals.Minimal("R-0"), Of("R-1", 2024, 3, 1)], Cancellation));

        Assert.Equal(["R-1"], await ScheduledAsync(store));
        Assert.Equal([UpsertOutcome.Duplicate], await store.ApplyUpdatesAsync([Booking()], Cancellation));
    }

    [Fact]
    public async Task AHeldUpdateGoesToTheFirstReferralOfThePatientToArrive()
    {
        var store = await database.CreateStoreAsync();
        await store.ApplyUpdatesAsync([Booking()], Cancellation);

        var outcomes = await store.UpsertReferralsAsync([Of("R-1", 2024, 4, 1), Of("R-2", 2024, 3, 1)], Cancellation);

        Assert.Equal([UpsertOutcome.Inserted, UpsertOutcome.Inserted], outcomes);
        Assert.Equal(["R-1"], await ScheduledAsync(store));
        Assert.Equal([UpsertOutcome.Duplicate], await store.UpsertReferralsAsync([(await store.ListReferralsAsync(Cancellation))[0]], Cancellation));
    }

    [Fact]
    public async Task RefusesALinkThatMatchesSeveralReferralsEquallyAndChangesNothing()
    {
        var store = await StoreWithAsync(Of("R-1", 2024, 3, 1), Of("R-2", 2024, 3, 1));

        Assert.Equal([UpsertOutcome.Ambiguous], await store.ApplyUpdatesAsync([Booking()], Cancellation));

        Assert.Empty(await ScheduledAsync(store));
    }

    [Fact]
    public async Task OnlyLinksToReferralsFromTheSameSource()
    {
        var store = await StoreWithAsync(Of("R-1", 2024, 3, 1) with { Source = "clinic-b" });

        Assert.Equal([UpsertOutcome.Deferred], await store.ApplyUpdatesAsync([Booking()], Cancellation));

        Assert.Empty(await ScheduledAsync(store));
    }

    private static Referral Of(string id, int year, int month, int day) =>
        StoreReferrals.Minimal(id) with { PatientKey = Patient, ReferralDate = new DateOnly(year, month, day) };

    private static ReferralUpdate Booking(ReferralStatus status = ReferralStatus.Scheduled) =>
        ReferralUpdate.ForPatient("clinic-a", new PatientLink(Patient, Visit), status, appointmentDate: status == ReferralStatus.Cancelled ? null : Visit);

    private async Task<IKeepageStore> StoreWithAsync(params Referral[] referrals)
    {
        var store = await database.CreateStoreAsync();
        await store.UpsertReferralsAsync(referrals, Cancellation);
        return store;
    }

    private static async Task<List<string>> ScheduledAsync(IKeepageStore store) =>
        [.. (await store.ListReferralsAsync(Cancellation)).Where(r => r.Status == ReferralStatus.Scheduled).Select(r => r.ReferralId)];
}
