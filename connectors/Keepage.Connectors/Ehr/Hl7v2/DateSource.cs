using Keepage.Connectors.Ehr.Hl7v2.Wire;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>One place a date may be found, in order of preference, with what it means for the rejection reason.</summary>
internal readonly record struct DateSource(Hl7v2Segment? Segment, int Field, string Meaning, int Component = 1);
