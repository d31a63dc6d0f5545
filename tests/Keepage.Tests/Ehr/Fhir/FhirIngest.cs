using Keepage.Connectors.Ehr.Fhir;
using Keepage.Core.Privacy;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>FHIR files through the real ingest flow into a real SQLite file.</summary>
internal sealed class FhirIngest(FhirReaderOptions? options = null)
    : ReaderIngest(Source, new FhirExportReader(Pseudonymizer, Source, options))
{
    public const string Source = "hospital-fhir";

    public static PatientPseudonymizer Pseudonymizer { get; } = new([.. Enumerable.Repeat((byte)11, 32)]);
}
