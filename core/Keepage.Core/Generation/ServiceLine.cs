namespace Keepage.Core.Generation;

// A hospital service line as the demo uses it: specialties, procedure codes and the receiving department.
internal sealed record ServiceLine(
    string Name,
    double Weight,
    string Department,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<string> ProcedureCodes);
