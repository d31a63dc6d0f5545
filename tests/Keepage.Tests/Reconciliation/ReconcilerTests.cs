using Keepage.Core.Crm;
using Keepage.Core.Reconciliation;
using Keepage.Core.Referrals;
using Keepage.Tests.Kpis;

namespace Keepage.Tests.Reconciliation;

public sealed class ReconcilerTests
{
    private const string Riverside = "acc-riverside";
    private static readonly string Unknown = SampleReferrals.Npi(555_000_001);

    private static Practice Account(string id, string? practiceId, string name) => new("dataverse", id, practiceId, name, "owner-1", null);

    private static Provider Contact(string id, string? npi, string name, string account = Riverside) =>
        new("dataverse", id, npi, name, account, "owner-1", null);

    private static CrmSnapshot Crm(params Provider[] contacts) => new(
        "dataverse", contacts, [Account(Riverside, "P1", "Riverside Family Medicine"), Account("acc-oak", "P2", "Oak Hill Primary Care")], []);

    private static List<Referral> From(string npi, string name, int count, string practiceId = "P1", string? practiceName = "Riverside Family Medicine") =>
        [.. Enumerable.Range(1, count).Select(d => SampleReferrals.On(new DateOnly(2026, 10, d), npi, name, practiceId, practiceName))];

    [Fact]
    public void SuggestsAContactOfTheSamePracticeButLeavesTheReferrerUnmatched()
    {
        var result = Reconciler.Reconcile(From(Unknown, "Dr Jane Smith", 4), [Crm(Contact("c-1", null, "Jane Smyth"))]);

        var unmatched = Assert.Single(result.Unmatched);
        Assert.Equal((Unknown, "Dr Jane Smith", 4, "P1"), (unmatched.Npi, unmatched.Name, unmatched.Referrals, unmatched.PracticeId));
        var suggestion = Assert.IsType<ContactSuggestion>(unmatched.Suggestion);
        Assert.Equal(("dataverse", "c-1", "Jane Smyth"), (suggestion.CrmTarget, suggestion.ContactId, suggestion.Name));
        Assert.InRange(suggestion.Score, 0.9m, 0.99m);
        Assert.Equal(0, result.MatchedProviders);
        Assert.Null(result.Targets.Single().ProviderContact(Unknown));
    }

    [Fact]
    public void ExactNpiStillWinsOverASimilarName()
    {
        var result = Reconciler.Reconcile(
            From(Unknown, "Dr Jane Smith", 4),
            [Crm(Contact("c-1", null, "Jane Smith"), Contact("c-2", Unknown, "J. Smith-Okafor"))]);

        Assert.Empty(result.Unmatched);
        Assert.Equal(1, result.MatchedProviders);
        Assert.Equal("c-2", result.Targets.Single().ProviderContact(Unknown)!.CrmId);
    }

    [Fact]
    public void ScoresAnIdenticalNameOne() =>
        Assert.Equal(1m, Reconciler.Reconcile(From(Unknown, "Dr. Jane SMITH, MD", 2), [Crm(Contact("c-1", null, "Jane Smith"))]).Unmatched.Single().Suggestion!.Score);

    [Fact]
    public void SuggestsNobodyFromAnotherPractice() =>
        Assert.Null(Reconciler.Reconcile(From(Unknown, "Dr Jane Smith", 4), [Crm(Contact("c-1", null, "Jane Smith", "acc-oak"))]).Unmatched.Single().Suggestion);

    [Fact]
    public void SuggestsNobodyWithADifferentName() =>
        Assert.Null(Reconciler.Reconcile(From(Unknown, "Dr Jane Smith", 4), [Crm(Contact("c-1", null, "Lena Park"))]).Unmatched.Single().Suggestion);

    [Fact]
    public void SuggestsNobodyWhoseNpiAnotherReferrerUses()
    {
        var other = SampleReferrals.Npi(555_000_002);

        var result = Reconciler.Reconcile([.. From(Unknown, "Dr Jane Smith", 4), .. From(other, "Dr Jane Smyth", 1)], [Crm(Contact("c-1", other, "Jane Smyth"))]);

        Assert.Null(Assert.Single(result.Unmatched).Suggestion);
    }

    [Fact]
    public void FindsThePracticeByNameWhenTheAccountHasNoPracticeId()
    {
        var crm = new CrmSnapshot("dataverse", [Contact("c-1", null, "Jane Smith", "acc-x")], [Account("acc-x", null, "Riverside Family Medicine")], []);

        Assert.Equal("c-1", Reconciler.Reconcile(From(Unknown, "Dr Jane Smith", 4, "EHR-77"), [crm]).Unmatched.Single().Suggestion!.ContactId);
    }

    [Fact]
    public void PicksTheClosestNameAndBreaksTiesByContactId()
    {
        var result = Reconciler.Reconcile(
            From(Unknown, "Dr Jane Smith", 4),
            [Crm(Contact("c-3", null, "Jane Smyth"), Contact("c-2", null, "Jane Smith"), Contact("c-1", null, "Jane Smith"))]);

        Assert.Equal("c-1", result.Unmatched.Single().Suggestion!.ContactId);
    }

    [Fact]
    public void RanksUnmatchedReferrersByVolume()
    {
        var small = SampleReferrals.Npi(555_000_003);

        var result = Reconciler.Reconcile([.. From(small, "Dr Omar Reyes", 2), .. From(Unknown, "Dr Jane Smith", 5)], [Crm()]);

        Assert.Equal([Unknown, small], result.Unmatched.Select(u => u.Npi));
    }
}
