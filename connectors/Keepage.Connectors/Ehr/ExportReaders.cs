using Keepage.Connectors.Ehr.Csv;
using Keepage.Connectors.Ehr.Fhir;
using Keepage.Connectors.Ehr.Hl7v2;
using Keepage.Core.Ingest;

namespace Keepage.Connectors.Ehr;

/// <summary>
/// The reader for each export format, built from one source's <see cref="ExportReading"/>. HL7 v2 and FHIR need no
/// profile; their records are stamped with the reading's source, or <c>hl7v2</c> / <c>fhir</c>.
/// </summary>
public static class ExportReaders
{
    public static IExportReader For(ExportFormat format, ExportReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return format switch
        {
            ExportFormat.Csv => new CsvExportReader(reading.Profile, reading.Pseudonymizer, reading.Source, reading.Crosswalk),
            ExportFormat.Hl7v2 => new Hl7v2ExportReader(reading.Pseudonymizer, reading.Source ?? ExportFormat.Hl7v2.Name()),
            ExportFormat.Fhir => new FhirExportReader(reading.Pseudonymizer, reading.Source ?? ExportFormat.Fhir.Name()),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown content has no reader."),
        };
    }
}
