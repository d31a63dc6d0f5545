namespace Keepage.Emulators.Salesforce;

/// <summary>
/// An extra custom object the emulated org knows (the object set is configurable, wire spec B13), e.g. a test's
/// <c>Movie__c</c>. Name, Id and the audit fields are added automatically.
/// </summary>
public sealed record SalesforceCustomObject(string Name, string KeyPrefix, IReadOnlyList<SalesforceCustomField> Fields);

/// <summary>A field of a <see cref="SalesforceCustomObject"/>; <paramref name="Type"/> is a describe type (string, double, date …).</summary>
public sealed record SalesforceCustomField(string Name, string Type = "string", bool Required = false, bool ExternalId = false);
