namespace Keepage.Core.Ingest;

public enum UpsertOutcome
{
    Inserted,
    Updated,
    Duplicate,

    /// <summary>An update for a referral not yet held: kept, and applied when the referral arrives.</summary>
    Deferred,
}
