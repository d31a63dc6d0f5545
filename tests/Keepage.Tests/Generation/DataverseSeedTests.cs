using System.Text.Json.Nodes;
using Keepage.Core.Generation;
using Keepage.Core.Referrals;

namespace Keepage.Tests.Generation;

public sealed class DataverseSeedTests
{
    private static readonly GeneratedDemoData Data = DemoDataGenerator.Generate(new GeneratorSettings());
    private static readonly JsonObject Seed = Parse(Data);

    [Fact]
    public void HoldsTheFiveTablesInOrder() =>
        Assert.Equal(["systemusers", "accounts", "contacts", "appointments", "phonecalls"], Seed.Select(p => p.Key));

    [Fact]
    public void HasAnAccountPerPracticeOwnedByALiaison()
    {
        var users = Ids(Seed, "systemusers", "systemuserid");

        Assert.InRange(users.Count, 3, 4);
        Assert.Equal(Data.GroundTruth.Counts.Practices, Table("accounts").Count);
        Assert.All(Table("accounts"), a =>
        {
            Assert.Matches("^PR[0-9]{4}$", (string)a!["accountnumber"]!);
            Assert.Contains(Bound(a, "ownerid@odata.bind", "systemusers"), users);
        });
    }

    [Fact]
    public void HasAContactWithAValidNpiForMostProvidersButNotAll()
    {
        var accounts = Ids(Seed, "accounts", "accountid");
        var contacts = Table("contacts");

        Assert.InRange(contacts.Count, 0.85 * Data.GroundTruth.Counts.Providers, 0.95 * Data.GroundTruth.Counts.Providers);
        Assert.Equal(Data.GroundTruth.Counts.Providers - contacts.Count, Data.GroundTruth.UnmatchedNpis.Count);
        Assert.All(contacts, c =>
        {
            Assert.True(Npi.IsValid((string)c!["kpg_npi"]!));
            Assert.DoesNotContain((string)c["kpg_npi"]!, Data.GroundTruth.UnmatchedNpis);
            Assert.Equal($"{c["firstname"]} {c["lastname"]}", (string)c["fullname"]!);
            Assert.Contains(Bound(c, "parentcustomerid_account@odata.bind", "accounts"), accounts);
        });
    }

    [Fact]
    public void RelatesEveryActivityToAnExistingContactOrAccountBeforeTheAsOfDate()
    {
        var targets = Ids(Seed, "contacts", "contactid").Concat(Ids(Seed, "accounts", "accountid")).ToHashSet(StringComparer.Ordinal);

        foreach (var (table, activity) in new[] { ("appointments", "appointment"), ("phonecalls", "phonecall") })
        {
            Assert.NotEmpty(Table(table));
            Assert.All(Table(table), a =>
            {
                var regarding = a!.AsObject().Single(p => p.Key.StartsWith("regardingobjectid_", StringComparison.Ordinal));
                Assert.Matches($"^regardingobjectid_(contact|account)_{activity}@odata.bind$", regarding.Key);
                Assert.Contains(((string)regarding.Value!)[(((string)regarding.Value!).IndexOf('(', StringComparison.Ordinal) + 1)..^1], targets);
                var end = DateTimeOffset.Parse((string)a["actualend"]!, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(end < new DateTimeOffset(Data.Settings.AsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
                Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", (string)a["scheduledstart"]!);
            });
        }
        Assert.Contains(Table("appointments"), a => (string)a!["subject"]! == "Lunch-and-learn");
        Assert.Contains(Table("appointments"), a => (string)a!["subject"]! == "Office visit");
    }

    private static JsonArray Table(string name) => Seed[name]!.AsArray();

    private static HashSet<string> Ids(JsonObject seed, string table, string id) =>
        seed[table]!.AsArray().Select(r => (string)r![id]!).ToHashSet(StringComparer.Ordinal);

    private static string Bound(JsonNode? record, string property, string table)
    {
        var value = (string)record![property]!;
        Assert.StartsWith($"/{table}(", value, StringComparison.Ordinal);
        return value[(table.Length + 2)..^1];
    }

    private static JsonObject Parse(GeneratedDemoData data)
    {
        var writer = new StringWriter();
        data.WriteDataverseSeed(writer);
        return JsonNode.Parse(writer.ToString())!.AsObject();
    }
}
