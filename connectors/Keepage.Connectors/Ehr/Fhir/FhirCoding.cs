namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>A code in a code system, matched exactly (system and code compared ordinally).</summary>
public sealed record FhirCoding(string System, string Code)
{
    public const string Snomed = "http://snomed.info/sct";

    /// <summary>SNOMED CT 3457005 "Patient referral", the code BSeR and most senders put on a referral ServiceRequest.</summary>
    public static FhirCoding PatientReferral { get; } = new(Snomed, "3457005");
}
