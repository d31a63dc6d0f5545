using Keepage.Connectors.Ehr.Hl7v2.Wire;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>One place a value may be found (first repetition, first subcomponent), in order of preference.</summary>
internal readonly record struct FieldSource(Hl7v2Segment? Segment, int Field, int Component = 1);
