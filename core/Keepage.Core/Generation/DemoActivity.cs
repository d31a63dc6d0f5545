namespace Keepage.Core.Generation;

/// <summary>
/// An outreach activity: <see cref="Table"/> is the Dataverse activity table (appointment, phonecall) and
/// <see cref="RegardingTable"/> the table of the record it is about (contact, account).
/// </summary>
internal sealed record DemoActivity(
    Guid Id,
    string Table,
    string Subject,
    DateTimeOffset Start,
    DateTimeOffset End,
    string RegardingTable,
    Guid RegardingId,
    Guid OwnerId);
