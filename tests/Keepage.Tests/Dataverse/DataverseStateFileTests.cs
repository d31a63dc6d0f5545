using Keepage.Core.Crm;
using Keepage.Emulators.Dataverse;

namespace Keepage.Tests.Dataverse;

public sealed class DataverseStateFileTests
{
    [Fact]
    public async Task RestartOnTheSameStateFileReadsBackWhatWasWritten()
    {
        using var folder = new TempFolder();
        var seed = new DataverseSeed();
        var doctor = seed.Contact("Ada", "Quinn", "1234567893");
        var seedFile = seed.WriteTo(folder.Path);
        var stateFile = Path.Combine(folder.Path, "state.json");
        DataverseEmulatorOptions Persistent(DataverseEmulatorOptions o) => o with { SeedFile = seedFile, StateFile = stateFile };
        var alert = new CrmRecord(CrmRecordKind.Alert, "dormant_referrer.provider.1234567893.2025-02",
            new Dictionary<string, object?> { [CrmFields.Name] = "Dormant referrer" }, new CrmReference("contact", doctor.ToString()));

        await using (var first = await DataverseHarness.StartAsync(emulator: Persistent))
            Assert.Equal(CrmWriteOutcome.Created, (await first.Target.UpsertAsync([alert], TestContext.Current.CancellationToken))[0].Outcome);
        File.Delete(seedFile);

        await using var second = await DataverseHarness.StartAsync(emulator: Persistent);
        var snapshot = await second.Target.ReadAsync(TestContext.Current.CancellationToken);
        var again = await second.Target.UpsertAsync([alert], TestContext.Current.CancellationToken);

        Assert.Equal(doctor.ToString(), Assert.Single(snapshot.Providers).CrmId);
        Assert.Equal(CrmWriteOutcome.Updated, again[0].Outcome);
        using var client = await EmulatorClient.ConnectAsync(second.Emulator);
        var row = (await client.JsonAsync("GET", "kpg_leakagealerts?$select=subject,_regardingobjectid_value", null, "Prefer: odata.include-annotations=\"*\""))["value"]![0]!;
        Assert.Equal(doctor.ToString(), row["_regardingobjectid_value"]!.GetValue<string>());
        Assert.Equal("regardingobjectid_contact_kpg_leakagealert", row["_regardingobjectid_value@Microsoft.Dynamics.CRM.associatednavigationproperty"]!.GetValue<string>());
        Assert.False(File.Exists(stateFile + ".tmp"));
    }
}
