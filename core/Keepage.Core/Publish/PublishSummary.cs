namespace Keepage.Core.Publish;

/// <summary>What one publish did to one CRM target. <see cref="Writes"/> counts records created or updated.</summary>
public sealed record PublishSummary(string Target, int Desired, int Created, int Updated, int Unchanged, int Failed)
{
    public int Writes => Created + Updated;
}
