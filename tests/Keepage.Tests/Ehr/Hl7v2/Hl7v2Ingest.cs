using Keepage.Connectors.Ehr.Hl7v2;
using Keepage.Core.Privacy;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>HL7 v2 files through the real ingest flow into a real SQLite file, as production runs them.</summary>
internal sealed class Hl7v2Ingest(Hl7v2ReaderOptions? options = null)
    : ReaderIngest(Source, new Hl7v2ExportReader(Pseudonymizer, Source, options))
{
    public const string Source = "hospital-hl7";

    public static PatientPseudonymizer Pseudonymizer { get; } = new([.. Enumerable.Repeat((byte)42, 32)]);
}
