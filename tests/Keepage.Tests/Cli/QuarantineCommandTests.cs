using Keepage.Cli.Commands;
using Keepage.Cli.Composition;
using Keepage.Core.Privacy;
using Keepage.Tests.Ehr.Csv;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Cli;

public sealed class QuarantineCommandTests : IDisposable
{
    private const string ProfileBeforeFix = """
        name: clinic
        fields:
          referral_id: Referral ID
          referral_date: { column: Ref Date, formats: M/d/yyyy }
          referring_name: Referring Provider
          status: { column: Status, values: { Open: pending, Closed: completed } }
        """;

    private static readonly byte[] Key = [.. Enumerable.Repeat((byte)9, 32)];
    private readonly TempState _folder = new();
    private readonly StateDirectory _state;

    public QuarantineCommandTests() => _state = StateDirectory.Open(_folder.File("state"));

    private string WriteFile(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task IngestAsync(string profile, string path, string? crosswalk = null)
    {
        var reading = await ExportSources.ReadingAsync(profile, "auto", crosswalk, new PatientPseudonymizer(Key), null, _folder.Path, TestContext.Current.CancellationToken);
        await IngestCommand.RunAsync(_state, reading, [path], null, new NullRunObserver(), verbose: false, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ListsFileRecordNumberReasonCodeAndField()
    {
        await IngestAsync(WriteFile("clinic.yaml", ProfileBeforeFix), WriteFile("report.csv", """
            Referral ID,Ref Date,Referring Provider,Status
            A1,1/8/2024,Dr. A,Open
            A2,13/45/2024,Dr. B,Open
            A3,1/9/2024,Dr. C,Sched
            """));

        var rows = await QuarantineCommand.ListAsync(_state, TestContext.Current.CancellationToken);

        Assert.Equal(
            [("report.csv", 2, "bad_date", "referral_date"), ("report.csv", 3, "unknown_status", "status")],
            rows.Select(row => (row.Record.FileName, row.Record.RecordNumber, row.Record.Code, row.Record.Field)));
        Assert.All(rows, row => Assert.Equal(_folder.File("report.csv"), row.Origin?.Location));
    }

    [Fact]
    public async Task ReplaysOnlyTheQuarantinedRecordsWithTheFixedProfileAndOnlyOnce()
    {
        await IngestAsync(WriteFile("clinic.yaml", ProfileBeforeFix), WriteFile("report.csv", """
            Referral ID,Ref Date,Referring Provider,Status
            A1,1/8/2024,Dr. A,Open
            A2,1/9/2024,Dr. B,Sched
            A3,1/10/2024,Dr. C,Sched
            A4,99/99/2024,Dr. D,Open
            """));
        var fixedProfile = WriteFile("clinic-fixed.yaml", ProfileBeforeFix.Replace("Closed: completed", "Closed: completed, Sched: scheduled", StringComparison.Ordinal));

        var first = await QuarantineCommand.ReplayAsync(_state, fixedProfile, null, Key, null, TestContext.Current.CancellationToken);
        var second = await QuarantineCommand.ReplayAsync(_state, fixedProfile, null, Key, null, TestContext.Current.CancellationToken);

        Assert.Equal((3, 2, 2, 1), (first.Considered, first.Released, first.Inserted, first.StillQuarantined));
        Assert.True(first.AddsUp);
        Assert.Equal((1, 0, 1), (second.Considered, second.Released, second.StillQuarantined));
        var left = Assert.Single(await QuarantineCommand.ListAsync(_state, TestContext.Current.CancellationToken));
        Assert.Equal(4, left.Record.RecordNumber);
    }

    [Fact]
    public async Task ReplaysEpicRowsOnceTheCrosswalkKnowsTheirProvider()
    {
        var noName = EpicReferralFile.Row("E2");
        noName["REFERRING_PROV_ID"] = "REF-3003";
        noName["REFERRING_PROV_ID_REFERRING_PROV_NAM"] = "";
        var tsv = _folder.File("REFERRAL.tsv");
        File.WriteAllBytes(tsv, EpicReferralFile.Tsv(EpicReferralFile.ProfileColumns, [EpicReferralFile.Row("E1"), noName]));
        await IngestAsync("epic-ehi-referral", tsv, WriteFile("providers.csv", EpicReferralFile.CrosswalkCsv));
        Assert.Equal("unmapped_provider", Assert.Single(await QuarantineCommand.ListAsync(_state, TestContext.Current.CancellationToken)).Record.Code);
        WriteFile("providers.csv", EpicReferralFile.CrosswalkCsv + "REF-3003,1245319599,Dr. New Provider,P-3,New Practice\r\n");

        var summary = await QuarantineCommand.ReplayAsync(_state, null, null, Key, null, TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (summary.Released, summary.Inserted));
        Assert.Empty(await QuarantineCommand.ListAsync(_state, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CountsRecordsWhoseFileIsGoneAsMissing()
    {
        var report = WriteFile("report.csv", "Referral ID,Ref Date,Referring Provider,Status\nA1,1/8/2024,Dr. A,Sched\n");
        await IngestAsync(WriteFile("clinic.yaml", ProfileBeforeFix), report);
        File.Delete(report);

        var summary = await QuarantineCommand.ReplayAsync(_state, null, null, Key, null, TestContext.Current.CancellationToken);

        Assert.Equal((1, 1, 0), (summary.Considered, summary.FileMissing, summary.Released));
    }

    public void Dispose() => _folder.Dispose();
}
