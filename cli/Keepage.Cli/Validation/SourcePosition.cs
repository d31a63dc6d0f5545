using YamlDotNet.Core;

namespace Keepage.Cli.Validation;

/// <summary>A 1-based line and column in a configuration file.</summary>
internal readonly record struct SourcePosition(long Line, long Column)
{
    public static SourcePosition Of(Mark mark) => new(mark.Line, mark.Column);
}
