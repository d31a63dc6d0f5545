using Keepage.Cli.Composition;
using Keepage.Cli.Configuration;
using Keepage.Mapping;
using YamlDotNet.Core;

namespace Keepage.Cli.Validation;

/// <summary>
/// <c>keepage mapping validate</c> offline: the file parses, matches the JSON Schema, loads, and every source's folder,
/// profile and crosswalk can be read. Stops at the first stage that fails, since later stages read what it checks.
/// </summary>
internal static class ConfigValidation
{
    public static async Task<ValidatedConfig> CheckAsync(string path, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
            return ValidatedConfig.Failed(new ConfigProblem(file, 1, 1, "", $"the configuration file '{path}' does not exist"));
        YamlDocument document;
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        try
        {
            document = YamlDocument.Parse(text);
        }
        catch (YamlException e)
        {
            return ValidatedConfig.Failed(new ConfigProblem(file, e.Start.Line, e.Start.Column, "", $"not valid YAML: {e.InnerException?.Message ?? e.Message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way when the file ends inside an unclosed [ or {.
            var lastLine = text.TrimEnd().Split('\n').Length;
            return ValidatedConfig.Failed(new ConfigProblem(file, lastLine, 1, "", "not valid YAML: the file ends inside an unclosed [ or {"));
        }
        if (ConfigSchema.Check(document, file) is { Count: > 0 } schemaProblems)
            return new ValidatedConfig(document, null, schemaProblems);
        if (SourceShapes(document, file) is { Count: > 0 } shapeProblems)
            return new ValidatedConfig(document, null, shapeProblems);
        KeepageConfig config;
        try
        {
            config = KeepageConfigLoader.Load(path);
        }
        catch (ConfigException e)
        {
            return new ValidatedConfig(document, null, [new ConfigProblem(file, 1, 1, "", e.Message)]);
        }
        return new ValidatedConfig(document, config, await CheckSourcesAsync(config, document, path, cancellationToken));
    }

    private static async Task<IReadOnlyList<ConfigProblem>> CheckSourcesAsync(
        KeepageConfig config, YamlDocument document, string path, CancellationToken cancellationToken)
    {
        var file = Path.GetFileName(path);
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var problems = new List<ConfigProblem>();
        for (var i = 0; i < config.Sources.Count; i++)
        {
            var source = config.Sources[i];
            ConfigProblem At(string setting, string message)
            {
                var position = document.PositionOf($"/sources/{i}/{setting}");
                return new ConfigProblem(file, position.Line, position.Column, $"sources[{i}].{setting}", message);
            }
            if (source.Blob is null && !Directory.Exists(Path.GetFullPath(source.Folder, baseDirectory)))
                problems.Add(At("folder", $"the folder '{source.Folder}' does not exist"));
            if (source.Crosswalk is { } crosswalk && !File.Exists(Path.GetFullPath(crosswalk, baseDirectory)))
                problems.Add(At("crosswalk", $"the crosswalk file '{crosswalk}' does not exist"));
            try
            {
                await ExportSources.ReadingAsync(source.Profile, source.Format, source.Crosswalk, NoPatients, source.Name, baseDirectory, cancellationToken);
            }
            catch (MappingProfileException e) when (e.Line is { } line)
            {
                problems.Add(new ConfigProblem(Path.GetFileName(e.Origin ?? source.Profile), line, e.Column ?? 1, "", e.Problem ?? e.Message));
            }
            catch (Exception e) when (e is MappingProfileException or IOException or InvalidDataException or ArgumentException)
            {
                problems.Add(At("profile", e.Message));
            }
        }
        return problems;
    }

    // A source reads a folder or a Blob container: JSON Schema could say so only with a oneOf whose failures carry no
    // message, so it is checked here, at the source's position.
    private static List<ConfigProblem> SourceShapes(YamlDocument document, string file)
    {
        var problems = new List<ConfigProblem>();
        if (!document.Root.TryGetProperty("sources", out var sources) || sources.ValueKind != System.Text.Json.JsonValueKind.Array)
            return problems;
        var i = 0;
        foreach (var source in sources.EnumerateArray())
        {
            if (source.TryGetProperty("folder", out _) == source.TryGetProperty("blob", out _))
            {
                var position = document.PositionOf($"/sources/{i}");
                problems.Add(new ConfigProblem(file, position.Line, position.Column, $"sources[{i}]", "a source needs either 'folder' or 'blob', not both"));
            }
            i++;
        }
        return problems;
    }

    // Validation reads no patient data; the reader still needs a key, so it gets a throw-away one.
    private static readonly Core.Privacy.PatientPseudonymizer NoPatients = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
