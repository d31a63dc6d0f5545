using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// The raw patient id of a subject reference, to be pseudonymised at once: the identifier value of an identifier
/// reference, the value of a conditional <c>Patient?identifier=</c>, the logical id of a literal reference (the same
/// whether or not the Patient is in the file), or the MRN of a contained Patient. Names, birth dates and addresses are
/// never read. Null when the subject is not a patient or gives no id.
/// </summary>
internal static class PatientIds
{
    private const string MedicalRecordNumber = "MR";

    public static string? RawIdOf(ResourceReference? subject, DomainResource container)
    {
        if (subject is null)
            return null;
        if (FhirIdentifiers.Value(subject.Identifier) is { } value)
            return value;
        return FhirReference.Parse(subject.Reference) switch
        {
            { Kind: FhirReferenceKind.Contained } contained => ContainedPatient(container, contained.Id),
            { Kind: FhirReferenceKind.Conditional } conditional => conditional.Value,
            { Type: null or "Patient" } literal => literal.Id,
            _ => null,
        };
    }

    private static string? ContainedPatient(DomainResource container, string? id)
    {
        if (container.Contained.OfType<Patient>().FirstOrDefault(patient => patient.Id == id) is not { } patient)
            return null;
        var identifiers = patient.Identifier.Where(identifier => FhirIdentifiers.Value(identifier) is not null).ToList();
        var mrn = identifiers.FirstOrDefault(identifier => FhirIdentifiers.HasType(identifier, MedicalRecordNumber));
        return FhirIdentifiers.Value(mrn ?? identifiers.FirstOrDefault());
    }
}
