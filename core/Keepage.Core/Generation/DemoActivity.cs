namespace Keepage.Core.Generation;

// An outreach activity: Table is the Dataverse activity table (appointment, phonecall) and RegardingTable the table
// of the record it is about (contact, account).
internal sealed record DemoActivity(
    Guid Id,
    string Table,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string RegardingTable,
    Guid RegardingId,
    Guid OwnerId);
