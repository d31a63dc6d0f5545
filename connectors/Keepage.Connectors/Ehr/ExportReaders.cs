using Keepage.Connectors.Ehr.Csv;
using Keepage.Core.Ingest;

namespace Keepage.Connectors.Ehr;

/// <summary>The reader for each export format, built from one source's <see cref="ExportReading"/>.</summary>
public static class ExportReaders
{
    public static IExportReader For(ExportFormat format, ExportReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return format switch
        {
            ExportFormat.Csv => new CsvExportReader(reading.Profile, reading.Pseudonymizer, reading.Source, reading.Crosswalk),
            ExportFormat.Hl7v2 => throw new NotSupportedException("The HL7 v2 reader is not wired into ExportReaders yet."),
            ExportFormat.Fhir => throw new NotSupportedException("The FHIR reader is not wired into ExportReaders yet."),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown content has no reader."),
        };
    }
}
