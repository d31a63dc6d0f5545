namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Hands out record numbers in file order: one per resource (an NDJSON line, a Bundle entry, a single resource) and one
/// per unit that could not be read as a resource. Bundles themselves take no number; their entries do.
/// </summary>
internal sealed class RecordNumbers
{
    private int _last;

    public int Next() => ++_last;
}
