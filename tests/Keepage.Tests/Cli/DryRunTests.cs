using System.Text.Json;
using System.Text.RegularExpressions;
using Keepage.Cli.Commands;
using Keepage.Emulators.Dataverse;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Cli;

public sealed partial class DryRunTests : IDisposable
{
    private readonly TempState _folder = new();
    private readonly string _keyVariable = "KEEPAGE_TEST_KEY_" + Guid.NewGuid().ToString("N");
    private readonly string _secretVariable = "KEEPAGE_TEST_SECRET_" + Guid.NewGuid().ToString("N");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DryRunSendsNoWriteAndPlansExactlyWhatTheRealRunThenWrites()
    {
        await using var crm = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), Cancellation);
        var config = WriteConfig(crm);
        var plan = _folder.File("plan.jsonl");

        var dry = await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: true, Cancellation);
        await Keepage.Cli.Output.PlanFile.WriteAsync(plan, dry.Plan!.Writes, Cancellation);

        Assert.DoesNotContain(crm.Requests, r => r.IsWrite && !r.IsToken);
        var lines = PlanLines(plan);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal("create", l.GetProperty("operation").GetString()));
        Assert.Equal(dry.Plan.Tables.Sum(t => t.Create), lines.Count);

        var before = crm.Requests.Count;
        var real = await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: false, Cancellation);

        Assert.Equal(lines.Count, real.CrmWrites);
        Assert.Equal(Keys(lines), WrittenKeys(crm.Requests.Skip(before)));
    }

    [Fact]
    public async Task PlansOnlyTheChangedRecordsWithTheirOldAndNewValues()
    {
        await using var crm = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), Cancellation);
        var config = WriteConfig(crm);
        await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: false, Cancellation);
        File.WriteAllText(_folder.File("exports/more.csv"), """
            Referral ID,Patient MRN,Ref Date,Referring NPI,Referring Provider,Referring Practice,Refer To Dept,Specialty,Status,Appt Date,In Network,Payer
            EX-0101,SYN-900101,2/12/2024,1500000017,Dr. Alice Example,Northside Family Medicine,Cardiology Clinic,Cardiology,Open,,Y,Acme Health

            """);

        var dry = await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: true, Cancellation);
        var before = crm.Requests.Count;
        var real = await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: false, Cancellation);

        var writes = dry.Plan!.Writes;
        Assert.NotEmpty(writes);
        var volume = Assert.Single(writes, w => w.Key == "referral_volume.provider.1500000017.month.2024-02");
        Assert.Equal(Keepage.Core.Publish.PlannedOperation.Update, volume.Operation);
        var value = Assert.Single(volume.Changes, c => c.Field == "value");
        Assert.Equal(("1", "2"), (value.Old, value.New));
        Assert.Equal(writes.Count, real.CrmWrites);
        Assert.Equal(writes.Select(w => w.Key).Order(StringComparer.Ordinal), WrittenKeys(crm.Requests.Skip(before)));
    }

    [Fact]
    public async Task RecordsEveryRunWithItsConfigurationHash()
    {
        await using var crm = await DataverseEmulator.StartAsync(new DataverseEmulatorOptions(), Cancellation);
        var config = WriteConfig(crm);

        await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: true, Cancellation);
        File.AppendAllText(config, "publish:\n  kpiWeeks: 2\n");
        await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: false, Cancellation);

        var runs = await RunsCommand.ListAsync(config, null, Cancellation);
        Assert.Equal([false, true], runs.Select(r => r.DryRun));
        Assert.NotEqual(runs[0].ConfigHash, runs[1].ConfigHash);
        Assert.True(runs[1].Created > 0, "the dry run records the creates it planned");
        Assert.True(runs[0].Created > 0);
        var printed = new StringWriter();
        RunsCommand.Print(printed, runs);
        Assert.Contains(runs[0].ConfigHash[..12], printed.ToString(), StringComparison.Ordinal);
        Assert.Contains("dry-run", printed.ToString(), StringComparison.Ordinal);
    }

    private static List<JsonElement> PlanLines(string path) =>
        [.. File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement.Clone())];

    private static List<string> Keys(List<JsonElement> lines) =>
        [.. lines.Select(l => l.GetProperty("key").GetString()!).Order(StringComparer.Ordinal)];

    // Upserts travel as $batch parts addressed by alternate key: PATCH kpg_referralkpis(kpg_key='...').
    private static List<string> WrittenKeys(IEnumerable<RecordedRequest> requests) =>
        [.. requests.Where(r => r is { InBatch: true, Method: "PATCH" })
            .Select(r => Uri.UnescapeDataString(AlternateKey().Match(r.PathAndQuery).Groups["key"].Value).Replace("''", "'", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\(kpg_key='(?<key>(?:[^']|'')*)'\)")]
    private static partial Regex AlternateKey();

    private string WriteConfig(DataverseEmulator crm)
    {
        Environment.SetEnvironmentVariable(_keyVariable, Convert.ToBase64String(new byte[32]));
        Environment.SetEnvironmentVariable(_secretVariable, DataverseEmulatorOptions.DefaultClientSecret);
        return RunConfigFile.Write(_folder, _keyVariable, RunConfigFile.Dataverse(crm, DataverseEmulatorOptions.DefaultClientId, _secretVariable));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        Environment.SetEnvironmentVariable(_secretVariable, null);
        _folder.Dispose();
    }
}
