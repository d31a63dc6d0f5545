namespace Keepage.Connectors.Ehr.Hl7v2.Samples;

/// <summary>A synthetic provider or patient of the sample generator; every value is made up.</summary>
internal sealed record SampleParty(string Id, string Family, string Given, string Organization);
