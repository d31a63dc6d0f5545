using System.Text;
using Keepage.Core.Crm;
using Keepage.Core.Messaging;

namespace Keepage.Tests.Messaging;

public sealed class WorkCommandTests
{
    [Fact]
    public void RoundTripsThroughTheSerializerContext()
    {
        var command = new PublishCrmRecords("dataverse", CrmRecordKind.Alert, ["a.1", "a.2"]);

        var read = Assert.IsType<PublishCrmRecords>(WorkCommand.TryRead(command.ToBytes()));

        Assert.Equal(("dataverse", CrmRecordKind.Alert, "PublishCrmRecords"), (read.Target, read.Kind, read.Subject));
        Assert.Equal(command.Keys, read.Keys);
    }

    [Fact]
    public void NamesTheCommandAndTheKindInTheBody() =>
        Assert.Equal(
            """{"command":"PublishCrmRecords","target":"dataverse","kind":"Kpi","keys":["k1"]}""",
            Encoding.UTF8.GetString(new PublishCrmRecords("dataverse", CrmRecordKind.Kpi, ["k1"]).ToBytes()));

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"command":"DeleteEverything","keys":[]}""")]
    [InlineData("""{"target":"dataverse"}""")]
    [InlineData("")]
    public void ReadsABodyItDoesNotKnowAsNull(string body) =>
        Assert.Null(WorkCommand.TryRead(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void PublishIdsDependOnKeysAndContentOnlyNotOnOrder()
    {
        var id = WorkMessageIds.Publish("dataverse", CrmRecordKind.Kpi, [("k1", "h1"), ("k2", "h2")]);

        Assert.Equal(id, WorkMessageIds.Publish("dataverse", CrmRecordKind.Kpi, [("k2", "h2"), ("k1", "h1")]));
        Assert.NotEqual(id, WorkMessageIds.Publish("dataverse", CrmRecordKind.Kpi, [("k1", "h1"), ("k2", "h3")]));
        Assert.NotEqual(id, WorkMessageIds.Publish("dataverse", CrmRecordKind.Alert, [("k1", "h1"), ("k2", "h2")]));
        Assert.NotEqual(id, WorkMessageIds.Publish("salesforce", CrmRecordKind.Kpi, [("k1", "h1"), ("k2", "h2")]));
        Assert.Matches("^[0-9a-f]{64}$", id);
    }

    [Fact]
    public void ARescheduledCopyHasItsOwnStableId()
    {
        var id = WorkMessageIds.Publish("dataverse", CrmRecordKind.Kpi, [("k1", "h1")]);

        Assert.Equal(WorkMessageIds.Rescheduled(id), WorkMessageIds.Rescheduled(id));
        Assert.NotEqual(id, WorkMessageIds.Rescheduled(id));
        Assert.NotEqual(WorkMessageIds.Rescheduled(id), WorkMessageIds.Rescheduled(WorkMessageIds.Rescheduled(id)));
    }
}
