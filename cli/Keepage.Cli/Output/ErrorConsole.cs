using Spectre.Console;

namespace Keepage.Cli.Output;

/// <summary>The console for progress and errors: standard error, so standard output carries only results.</summary>
internal static class ErrorConsole
{
    public static IAnsiConsole Create() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
    });
}
