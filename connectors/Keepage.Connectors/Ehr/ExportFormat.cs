namespace Keepage.Connectors.Ehr;

/// <summary>The export formats Keepage reads; <see cref="Unknown"/> is content none of the readers can take (binary data).</summary>
public enum ExportFormat
{
    Unknown,
    Csv,
    Hl7v2,
    Fhir,
}
