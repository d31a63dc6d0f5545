using System.CommandLine;
using Keepage.Cli.Validation;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage mapping validate --config FILE [--online]</c>: prints each problem as <c>file:line:column: setting: what</c>
/// with a "did you mean" where a near name exists. Exit code 0 only when the configuration is valid, 1 when it is not.
/// </summary>
internal static class MappingValidateCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "The Keepage configuration (YAML).", Required = true };
        var online = new Option<bool>("--online")
        {
            Description = "Also check every mapped CRM table, field and key against the targets' metadata (Dataverse EntityDefinitions, Salesforce describe).",
        };
        var command = new Command("validate", "Check a configuration: schema, sources and profiles, and with --online the CRMs' metadata.")
        {
            config, online,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(config).FullName;
            var problems = await ValidateAsync(path, parse.GetValue(online), ct);
            foreach (var problem in problems)
                Console.WriteLine(problem);
            Console.WriteLine(problems.Count == 0
                ? $"{Path.GetFileName(path)}: valid{(parse.GetValue(online) ? " (checked against the CRMs)" : "")}"
                : $"{Path.GetFileName(path)}: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}");
            return problems.Count == 0 ? 0 : 1;
        });
        return command;
    }

    public static async Task<IReadOnlyList<ConfigProblem>> ValidateAsync(string path, bool online, CancellationToken cancellationToken)
    {
        var validated = await ConfigValidation.CheckAsync(path, cancellationToken);
        if (!validated.IsValid || !online)
            return validated.Problems;
        return await OnlineValidation.CheckAsync(validated.Config!, validated.Document!, Path.GetFileName(path), cancellationToken);
    }
}
