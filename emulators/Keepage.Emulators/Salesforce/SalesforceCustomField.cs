namespace Keepage.Emulators.Salesforce;

/// <summary>A field of a <see cref="SalesforceCustomObject"/>; <paramref name="Type"/> is a describe type (string, double, date …).</summary>
public sealed record SalesforceCustomField(string Name, string Type = "string", bool Required = false, bool ExternalId = false);
