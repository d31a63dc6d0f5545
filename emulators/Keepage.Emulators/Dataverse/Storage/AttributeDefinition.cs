namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>One column as EntityDefinitions describes it: its logical name and AttributeType (String, Lookup, …).</summary>
internal sealed record AttributeDefinition(string LogicalName, string AttributeType);
