namespace Keepage.Core.Generation;

// Builds the CRM seed: one liaison per territory, an account per practice, a contact for each provider the CRM knows
// (about nine in ten; new referrers are not in it yet), and visits and calls spread over the months.
internal static class DemoOutreach
{
    public const string Appointment = "appointment";
    public const string PhoneCall = "phonecall";
    public const string Contact = "contact";
    public const string Account = "account";

    public static DemoCrm Build(Random rng, GeneratorSettings settings, IReadOnlyList<DemoPractice> practices, IReadOnlyList<DemoProvider> providers)
    {
        var liaisons = Enumerable.Range(0, settings.Liaisons)
            .Select(i => new DemoLiaison(
                rng.NextGuid(),
                SyntheticNames.FirstNames[(7 * i + 3) % SyntheticNames.FirstNames.Count],
                SyntheticNames.LastNames[(11 * i + 5) % SyntheticNames.LastNames.Count]))
            .ToList();
        var accounts = practices.Select(p => new DemoAccount(rng.NextGuid(), p, liaisons[p.Liaison].Id)).ToList();
        var accountOf = accounts.ToDictionary(a => a.Practice.PracticeId, StringComparer.Ordinal);
        var contacts = providers
            .Where(p => p.InCrm)
            .Select(p => new DemoContact(rng.NextGuid(), p, accountOf[p.Practice.PracticeId].Id, accountOf[p.Practice.PracticeId].OwnerId))
            .ToList();
        var activities = Activities(rng, settings, accounts, contacts)
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .ToList();
        return new DemoCrm(liaisons, accounts, contacts, activities);
    }

    private static IEnumerable<DemoActivity> Activities(Random rng, GeneratorSettings settings, List<DemoAccount> accounts, List<DemoContact> contacts)
    {
        var largest = accounts.Max(a => a.Practice.Weight);
        var contactsOf = contacts.ToLookup(c => c.AccountId);
        for (var m = 0; m < settings.Months; m++)
        {
            foreach (var account in accounts)
            {
                // Larger practices get visited more often: 0.2 to 0.8 visits a month, plus about 0.3 calls.
                var visits = rng.Poisson((0.2 + 0.6 * account.Practice.Weight / largest) * settings.OutreachScale);
                var calls = rng.Poisson(0.3 * settings.OutreachScale);
                foreach (var activity in Month(rng, settings.FirstMonth.AddMonths(m), account, [.. contactsOf[account.Id]], visits, calls))
                    yield return activity;
            }
        }
    }

    private static IEnumerable<DemoActivity> Month(Random rng, DateOnly month, DemoAccount account, List<DemoContact> people, int visits, int calls)
    {
        for (var v = 0; v < visits; v++)
        {
            yield return people.Count == 0 || rng.Chance(0.4)
                ? Activity(rng, Appointment, "Lunch-and-learn", Weekday(rng, month, 17, 60), Account, account.Id, account.OwnerId)
                : Activity(rng, Appointment, "Office visit", Weekday(rng, month, 14 + rng.Next(7), 30), Contact, rng.Pick(people).Id, account.OwnerId);
        }
        for (var c = 0; c < calls; c++)
        {
            var when = Weekday(rng, month, 14 + rng.Next(8), 15);
            yield return people.Count == 0
                ? Activity(rng, PhoneCall, "Check-in call", when, Account, account.Id, account.OwnerId)
                : Activity(rng, PhoneCall, "Check-in call", when, Contact, rng.Pick(people).Id, account.OwnerId);
        }
    }

    private static DemoActivity Activity(
        Random rng, string table, string subject, (DateTimeOffset Start, DateTimeOffset End) when, string regardingTable, Guid regardingId, Guid ownerId) =>
        new(rng.NextGuid(), table, subject, when.Start, when.End, regardingTable, regardingId, ownerId);

    // A weekday slot in the month at the given UTC hour (US business hours), lasting the given minutes.
    private static (DateTimeOffset Start, DateTimeOffset End) Weekday(Random rng, DateOnly month, int hourUtc, int minutes)
    {
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var date = month.AddDays(rng.Next(days));
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            date = date.AddDays(1);
        if (date.Month != month.Month)
            date = date.AddDays(-3);
        var start = new DateTimeOffset(date.ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero);
        return (start, start.AddMinutes(minutes));
    }
}
