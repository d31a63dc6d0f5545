namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>One Dataverse table as the emulator knows it: names, primary columns and its alternate key.</summary>
internal sealed record TableDefinition(
    string LogicalName,
    string EntitySetName,
    string PrimaryIdColumn,
    string PrimaryNameColumn,
    IReadOnlyList<string> AlternateKeyColumns,
    bool IsActivity = false)
{
    /// <summary>Column length limits the emulator enforces (the ones the recorded errors show).</summary>
    public IReadOnlyDictionary<string, int> MaxLengths { get; init; } = new Dictionary<string, int>();

    public bool HasAlternateKey => AlternateKeyColumns.Count > 0;

    /// <summary>The columns EntityDefinitions lists (<see cref="TableColumns"/>).</summary>
    public IReadOnlyList<AttributeDefinition> Attributes => TableColumns.Of(LogicalName, IsActivity);
}
