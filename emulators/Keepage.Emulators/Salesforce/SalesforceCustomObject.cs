namespace Keepage.Emulators.Salesforce;

/// <summary>
/// An extra custom object the emulated org knows (the object set is configurable, wire spec B13), e.g. a test's
/// <c>Movie__c</c>. Name, Id and the audit fields are added automatically.
/// </summary>
public sealed record SalesforceCustomObject(string Name, string KeyPrefix, IReadOnlyList<SalesforceCustomField> Fields);
