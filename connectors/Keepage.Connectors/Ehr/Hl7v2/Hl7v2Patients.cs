namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// The patient identifier from PID-3 (CX, repeating): the first id of a preferred type (MR by default), else the
/// first that is not a social security number. Only this id is read from PID, and only to be pseudonymised:
/// PID-5 name, PID-7 birth date and PID-11 address are never touched.
/// </summary>
internal static class Hl7v2Patients
{
    private const int MaxRepetitions = 25;

    public static string? Identifier(MessageFields fields, IReadOnlyList<string> preferredTypes)
    {
        var pid = fields.First("PID");
        if (pid is null)
            return null;
        string? fallback = null;
        foreach (var repetition in pid.Field(3).Repetitions(MaxRepetitions))
        {
            var id = fields.Text(repetition.Component(1), "PID-3");
            if (id is null)
                continue;
            if (preferredTypes.Any(type => MessageFields.IsCode(repetition.Component(5), type)))
                return id;
            if (fallback is null && !MessageFields.IsCode(repetition.Component(5), "SS"))
                fallback = id;
        }
        return fallback;
    }
}
