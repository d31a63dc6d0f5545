using System.Text.Json.Nodes;
using Json.Schema;
using Keepage.Core.Text;

namespace Keepage.Cli.Validation;

/// <summary>
/// The configuration's JSON Schema (schemas/keepage-config.schema.json, embedded in the CLI): every problem it finds,
/// at the line and column of the value, with a "did you mean" for a misspelt setting name.
/// </summary>
internal static class ConfigSchema
{
    private static readonly Lazy<(JsonSchema Schema, JsonNode Text)> Loaded = new(Load);

    public static IReadOnlyList<ConfigProblem> Check(YamlDocument document, string file)
    {
        ArgumentNullException.ThrowIfNull(document);
        var results = Loaded.Value.Schema.Evaluate(document.Root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        var problems = new List<ConfigProblem>();
        foreach (var detail in (results.Details ?? []).Prepend(results))
        {
            if (detail.Errors is not { Count: > 0 } errors)
                continue;
            var pointer = detail.InstanceLocation.ToString();
            var position = document.PositionOf(pointer);
            foreach (var (keyword, message) in errors)
            {
                problems.Add(keyword == "enum"
                    ? EnumProblem(file, pointer, position, detail, document)
                    : Problem(file, pointer, position, keyword, message));
            }
        }
        // Every failure JSON Schema reports carries a message in practice; this keeps an invalid file from reading as valid.
        if (problems.Count == 0)
            problems.Add(new ConfigProblem(file, 1, 1, "", "the configuration does not match its schema"));
        return [.. problems.Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column)];
    }

    /// <summary>The property names the schema allows in the object at <paramref name="pointer"/> (empty when unknown).</summary>
    public static IReadOnlyList<string> KnownNames(string pointer) =>
        SchemaAt(pointer)?["properties"] is JsonObject properties ? [.. properties.Select(p => p.Key)] : [];

    // The subschema that applies at an instance location, following properties, items and $defs references.
    private static JsonNode? SchemaAt(string pointer)
    {
        var node = Resolve(Loaded.Value.Text, Loaded.Value.Text);
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node is null)
                return null;
            node = int.TryParse(segment, out _) && node["items"] is { } items
                ? Resolve(items, Loaded.Value.Text)
                : Resolve(node["properties"]?[segment], Loaded.Value.Text);
        }
        return node;
    }

    public static string SettingOf(string pointer) =>
        string.Concat(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select((segment, i) => int.TryParse(segment, out _) ? $"[{segment}]" : (i == 0 ? "" : ".") + segment));

    private static ConfigProblem Problem(string file, string pointer, SourcePosition position, string keyword, string message)
    {
        var setting = SettingOf(pointer);
        // "additionalProperties: false" fails on the unknown member itself (as the false schema, with no keyword); its
        // parent says which names are allowed.
        if (keyword.Length == 0 && pointer.LastIndexOf('/') is var slash and >= 0)
        {
            var name = pointer[(slash + 1)..];
            var known = KnownNames(pointer[..slash]);
            if (known.Count > 0 && !known.Contains(name))
                return new ConfigProblem(file, position.Line, position.Column, setting, $"unknown setting '{name}'", NearestName.Suggest(name, known));
        }
        return new ConfigProblem(file, position.Line, position.Column, setting, message);
    }

    // An enum failure names the allowed values and the nearest one; a failing property name is checked by propertyNames.
    private static ConfigProblem EnumProblem(string file, string pointer, SourcePosition position, EvaluationResults detail, YamlDocument document)
    {
        var isName = detail.EvaluationPath.ToString().Contains("propertyNames", StringComparison.Ordinal);
        var slash = pointer.LastIndexOf('/');
        var node = isName ? Resolve(SchemaAt(pointer[..slash])?["propertyNames"], Loaded.Value.Text) : SchemaAt(pointer);
        var allowed = node?["enum"] is JsonArray values ? values.Select(v => v!.GetValue<string>()).ToList() : [];
        var value = isName ? pointer[(slash + 1)..] : document.TextAt(pointer) ?? "";
        return new ConfigProblem(file, position.Line, position.Column, SettingOf(pointer),
            $"'{value}' is not one of {string.Join(", ", allowed)}", NearestName.Suggest(value, allowed));
    }

    private static JsonNode? Resolve(JsonNode? node, JsonNode root)
    {
        while (node?["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/$defs/", StringComparison.Ordinal))
            node = root["$defs"]?[reference["#/$defs/".Length..]];
        return node;
    }

    private static (JsonSchema, JsonNode) Load()
    {
        using var stream = typeof(ConfigSchema).Assembly.GetManifestResourceStream("keepage-config.schema.json")
            ?? throw new InvalidOperationException("The configuration schema is not embedded in the CLI.");
        var text = new StreamReader(stream).ReadToEnd();
        return (JsonSchema.FromText(text), JsonNode.Parse(text)!);
    }
}
