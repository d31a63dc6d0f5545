namespace Keepage.Connectors.Messaging;

/// <summary>How many publish work items were queued, for how many changed records.</summary>
public sealed record PublishPlan(int WorkItems, int Records)
{
    public static PublishPlan operator +(PublishPlan left, PublishPlan right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new PublishPlan(left.WorkItems + right.WorkItems, left.Records + right.Records);
    }
}
