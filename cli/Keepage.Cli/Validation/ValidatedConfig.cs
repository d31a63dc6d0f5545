using Keepage.Cli.Configuration;

namespace Keepage.Cli.Validation;

/// <summary>The outcome of validating a configuration: the parsed document, the loaded configuration when it loads, and the problems.</summary>
internal sealed record ValidatedConfig(YamlDocument? Document, KeepageConfig? Config, IReadOnlyList<ConfigProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public static ValidatedConfig Failed(ConfigProblem problem) => new(null, null, [problem]);
}
