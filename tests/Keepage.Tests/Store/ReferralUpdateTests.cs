using Keepage.Connectors.Store;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Store;

public sealed class ReferralUpdateTests : IDisposable
{
    private readonly TempState _state = new();
    private readonly SqliteKeepageStore _store;

    public ReferralUpdateTests() => _store = new SqliteKeepageStore(_state.File("keepage.db"));

    [Fact]
    public async Task UpdatesStatusAndDatesOfAHeldReferral()
    {
        await SeedAsync();

        var outcomes = await ApplyAsync(new ReferralUpdate("ehr", "R1", ReferralStatus.Scheduled, ScheduledDate: new DateOnly(2026, 2, 1)));

        Assert.Equal([UpsertOutcome.Updated], outcomes);
        var referral = Assert.Single(await _store.ListReferralsAsync(TestContext.Current.CancellationToken));
        Assert.Equal((ReferralStatus.Scheduled, new DateOnly(2026, 2, 1)), (referral.Status, referral.ScheduledDate));
        Assert.Equal("1234567893", referral.ReferringNpi);
    }

    [Fact]
    public async Task TheSameUpdateTwiceIsADuplicate()
    {
        await SeedAsync();
        var update = new ReferralUpdate("ehr", "R1", ReferralStatus.NoShow);

        await ApplyAsync(update);

        Assert.Equal([UpsertOutcome.Duplicate], await ApplyAsync(update));
    }

    [Fact]
    public async Task HoldsAnUpdateThatArrivesBeforeItsReferralAndAppliesItLater()
    {
        await _store.MigrateAsync(TestContext.Current.CancellationToken);

        var early = await ApplyAsync(new ReferralUpdate("ehr", "R1", ReferralStatus.Completed, CompletedDate: new DateOnly(2026, 3, 3)));
        Assert.Equal([UpsertOutcome.Deferred], early);
        Assert.Empty(await _store.ListReferralsAsync(TestContext.Current.CancellationToken));
        Assert.Equal([UpsertOutcome.Duplicate], await ApplyAsync(new ReferralUpdate("ehr", "R1", ReferralStatus.Completed, CompletedDate: new DateOnly(2026, 3, 3))));

        await SeedAsync();

        var referral = Assert.Single(await _store.ListReferralsAsync(TestContext.Current.CancellationToken));
        Assert.Equal((ReferralStatus.Completed, new DateOnly(2026, 3, 3)), (referral.Status, referral.CompletedDate));
    }

    private async Task SeedAsync()
    {
        await _store.MigrateAsync(TestContext.Current.CancellationToken);
        await _store.UpsertReferralsAsync(
        [
            new Referral
            {
                ReferralId = "R1",
                Source = "ehr",
                ReferringNpi = "1234567893",
                ReferralDate = new DateOnly(2026, 1, 5),
                Status = ReferralStatus.Pending,
            },
        ], TestContext.Current.CancellationToken);
    }

    private Task<IReadOnlyList<UpsertOutcome>> ApplyAsync(ReferralUpdate update) =>
        _store.ApplyUpdatesAsync([update], TestContext.Current.CancellationToken);

    public void Dispose() => _state.Dispose();
}
