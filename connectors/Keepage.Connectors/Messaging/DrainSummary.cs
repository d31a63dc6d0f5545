namespace Keepage.Connectors.Messaging;

/// <summary>What one drain of the publish queue did, by how each received item was settled.</summary>
public sealed record DrainSummary(int Received, int Completed, int Rescheduled, int Abandoned, int DeadLettered, int LocksLost)
{
    public static DrainSummary Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public DrainSummary Add(Settlement settlement) => settlement switch
    {
        Settlement.Completed => this with { Received = Received + 1, Completed = Completed + 1 },
        Settlement.Rescheduled => this with { Received = Received + 1, Rescheduled = Rescheduled + 1 },
        Settlement.Abandoned => this with { Received = Received + 1, Abandoned = Abandoned + 1 },
        Settlement.DeadLettered => this with { Received = Received + 1, DeadLettered = DeadLettered + 1 },
        _ => this with { Received = Received + 1, LocksLost = LocksLost + 1 },
    };
}
