using Dapper;

namespace Keepage.Tests.Store;

/// <summary>
/// How the SQLite store lays referrals out on disk. What every store must do is in the contract suite
/// (tests/Keepage.Tests/StoreContract), which runs on SQLite and PostgreSQL.
/// </summary>
public sealed class SqliteReferralStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StoresIsoDatesAndUtcTimestampsAndKeepsFirstSeen()
    {
        var store = await _database.MigratedStoreAsync();
        await store.UpsertReferralsAsync([StoreReferrals.Full()], Cancellation);
        _database.Clock.Advance(TimeSpan.FromHours(3));
        await store.UpsertReferralsAsync([StoreReferrals.Full() with { Payer = "Other" }], Cancellation);

        await using var connection = await _database.OpenAsync();
        var row = await connection.QuerySingleAsync<(string ReferralDate, string FirstSeen, string Updated)>(
            "SELECT referral_date, first_seen_at, updated_at FROM referrals");
        Assert.Equal(("2024-03-07", "2024-06-01T08:00:00.0000000Z", "2024-06-01T11:00:00.0000000Z"), row);
    }
}
