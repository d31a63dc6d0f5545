using Keepage.Cli.Composition;
using Keepage.Cli.Configuration;
using Keepage.Core.Crm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Keepage.Cli.Validation;

/// <summary>
/// <c>--online</c>: every configured CRM target's mapped tables, fields and keys checked against its metadata. Each
/// finding is reported where the admin wrote the name, or at the target's section when the name is a default.
/// </summary>
internal static class OnlineValidation
{
    public static async Task<IReadOnlyList<ConfigProblem>> CheckAsync(
        KeepageConfig config, YamlDocument document, string file, CancellationToken cancellationToken)
    {
        var problems = new List<ConfigProblem>();
        var services = new ServiceCollection().AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        try
        {
            ConfiguredServices.AddCrmTargets(services, config.Crm);
        }
        catch (ConfigException e)
        {
            return [new ConfigProblem(file, 1, 1, "crm", e.Message)];
        }
        await using var provider = services.BuildServiceProvider();
        foreach (var (target, check) in CrmSchemaChecks.For(provider, config.Crm))
        {
            IReadOnlyList<CrmSchemaFinding> findings;
            try
            {
                findings = await check(cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
            {
                var at = document.PositionOf($"/crm/{target}");
                problems.Add(new ConfigProblem(file, at.Line, at.Column, $"crm.{target}", $"the CRM's metadata could not be read: {e.Message}"));
                continue;
            }
            problems.AddRange(findings.Select(finding => ToProblem(finding, target, document, file)));
        }
        return problems;
    }

    private static ConfigProblem ToProblem(CrmSchemaFinding finding, string target, YamlDocument document, string file)
    {
        var name = finding.Field ?? finding.Table;
        var section = $"/crm/{target}";
        var pointer = document.PointersOfValue(name).FirstOrDefault(p => p.StartsWith(section, StringComparison.Ordinal));
        var position = document.PositionOf(pointer ?? section + "/schema");
        var setting = pointer is null ? $"crm.{target}.schema (default '{name}')" : ConfigSchema.SettingOf(pointer);
        var subject = finding.Field is null ? finding.Table : $"{finding.Table}.{finding.Field}";
        return new ConfigProblem(file, position.Line, position.Column, setting, $"{subject}: {finding.Problem}", finding.Suggestion);
    }
}
