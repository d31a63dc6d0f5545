namespace Keepage.Cli.Validation;

/// <summary>
/// One thing wrong with a configuration, where it is (file, line, column, and the setting's path such as
/// <c>crm.dataverse.schema.kpiColumns.value</c>), and a "did you mean" when a near name exists.
/// </summary>
internal sealed record ConfigProblem(string File, long Line, long Column, string Setting, string Message, string? Suggestion = null)
{
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(Setting.Length == 0 ? "" : Setting + ": ")}{Message}{(Suggestion is null ? "" : $" (did you mean '{Suggestion}'?)")}";
}
