using System.CommandLine;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage mapping validate|preview</c>: an integration admin's check of a configuration before anything is written —
/// schema and file checks (and, with <c>--online</c>, the CRMs' own metadata), and what sample rows would become.
/// </summary>
internal static class MappingCommand
{
    public static Command Create() => new("mapping", "Validate a configuration and preview what its mappings make of sample exports.")
    {
        MappingValidateCommand.Create(),
        MappingPreviewCommand.Create(),
    };
}
