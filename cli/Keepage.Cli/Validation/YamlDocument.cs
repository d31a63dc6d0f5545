using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Keepage.Cli.Validation;

/// <summary>
/// A YAML configuration read as JSON (for the JSON Schema) with the line and column of every value, so a schema error
/// at <c>/crm/dataverse/schema/kpiColumns/value</c> can be reported where the admin typed it. Plain scalars that look
/// like numbers, booleans or null become those; quoted scalars stay strings, as YAML 1.2's core schema reads them.
/// </summary>
internal sealed partial class YamlDocument
{
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);

    private YamlDocument(JsonElement root) => Root = root;

    public JsonElement Root { get; private set; }

    /// <summary>Where the value at a JSON pointer starts (its key, for an object member), else the nearest parent's.</summary>
    public SourcePosition PositionOf(string pointer)
    {
        for (var current = pointer; ; current = current[..current.LastIndexOf('/')])
        {
            if (_positions.TryGetValue(current, out var position))
                return position;
            if (current.Length == 0)
                return new SourcePosition(1, 1);
        }
    }

    /// <summary>Every pointer whose value is the string <paramref name="value"/>, in document order.</summary>
    public IEnumerable<string> PointersOfValue(string value) => Strings.Where(s => s.Value == value).Select(s => s.Pointer);

    /// <summary>The string at a JSON pointer, or null when the value there is not a string.</summary>
    public string? TextAt(string pointer) => Strings.FirstOrDefault(s => s.Pointer == pointer).Value;

    private List<(string Pointer, string Value)> Strings { get; } = [];

    /// <exception cref="YamlException">The text is not YAML.</exception>
    public static YamlDocument Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var document = new YamlDocument(default);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (stream.Documents.Count == 0)
                writer.WriteNullValue();
            else
                document.Write(writer, stream.Documents[0].RootNode, "");
        }
        document.Root = JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
        return document;
    }

    private void Write(Utf8JsonWriter writer, YamlNode node, string pointer)
    {
        _positions.TryAdd(pointer, SourcePosition.Of(node.Start));
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
                    var child = $"{pointer}/{Escape(name)}";
                    _positions[child] = SourcePosition.Of(key.Start);
                    writer.WritePropertyName(name);
                    Write(writer, value, child);
                }
                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                    Write(writer, sequence.Children[i], $"{pointer}/{i}");
                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar, pointer);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar, string pointer)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain)
        {
            if (text is "" or "~" or "null" or "Null" or "NULL")
            {
                writer.WriteNullValue();
                return;
            }
            if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
            {
                writer.WriteBooleanValue(text.StartsWith('t') || text.StartsWith('T'));
                return;
            }
            if (Number().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                writer.WriteNumberValue(number);
                return;
            }
        }
        Strings.Add((pointer, text));
        writer.WriteStringValue(text);
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    [GeneratedRegex(@"^[-+]?(\d+|\d*\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex Number();
}
