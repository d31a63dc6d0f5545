using System.CommandLine;

namespace Keepage.Cli.Commands;

internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json")
    {
        Description = "Also print one JSON object with the run's counts as the last line of standard output.",
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Log every step (to standard error).",
    };

    public static Option<string> State(bool required) => new("--state")
    {
        Description = "The state folder (SQLite database and, for the demo, the emulated CRM).",
        Required = required,
    };
}
