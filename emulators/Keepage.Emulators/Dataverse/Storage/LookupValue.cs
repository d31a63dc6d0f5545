namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>
/// A stored lookup: the target row, its table, and the navigation property that set it, which Dataverse
/// returns as the <c>associatednavigationproperty</c> annotation.
/// </summary>
internal sealed record LookupValue(Guid Id, string TargetLogicalName, string Navigation);
