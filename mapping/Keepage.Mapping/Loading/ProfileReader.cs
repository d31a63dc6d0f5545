using YamlDotNet.RepresentationModel;

namespace Keepage.Mapping.Loading;

/// <summary>Turns a profile's YAML document into a <see cref="SourceProfile"/>, rejecting anything it does not know.</summary>
internal sealed class ProfileReader(ProfileYaml yaml)
{
    private static readonly string[] Keys =
        ["name", "description", "format", "delimiter", "hasHeader", "encoding", "source", "fields", "defaults", "crosswalk"];

    public SourceProfile Read(YamlNode root)
    {
        var entries = yaml.Entries(yaml.Mapping(root, "a mapping profile"), "the profile", Keys)
            .ToDictionary(entry => entry.Key, entry => entry.Value);
        var name = entries.TryGetValue("name", out var nameNode)
            ? yaml.NonEmpty(nameNode, "name")
            : throw yaml.Error(root, "the profile needs a name");
        var hasHeader = !entries.TryGetValue("hasHeader", out var header) || yaml.Boolean(header, "hasHeader");
        var fieldsNode = entries.TryGetValue("fields", out var node) ? node : throw yaml.Error(root, "the profile needs fields");
        var fields = ReadFields(fieldsNode, hasHeader);
        var profile = new SourceProfile
        {
            Name = name,
            Description = entries.TryGetValue("description", out var description) ? yaml.Scalar(description, "description") : null,
            Format = entries.TryGetValue("format", out var format) ? ReadFormat(format) : SourceProfile.CsvFormat,
            Delimiter = entries.TryGetValue("delimiter", out var delimiter) ? ReadDelimiter(delimiter) : null,
            HasHeader = hasHeader,
            Source = entries.TryGetValue("source", out var source) ? yaml.NonEmpty(source, "source") : name,
            Fields = fields,
            Defaults = entries.TryGetValue("defaults", out var defaults) ? ReadDefaults(defaults, fields) : new Dictionary<string, string>(),
            Encoding = entries.TryGetValue("encoding", out var encoding) ? ReadEncoding(encoding) : TextEncodings.Auto,
            Crosswalk = entries.TryGetValue("crosswalk", out var crosswalk) ? new CrosswalkMappingReader(yaml).Read(crosswalk) : null,
        };
        new ProfileRules(yaml).Check(profile, fieldsNode);
        return profile;
    }

    private Dictionary<string, FieldMapping> ReadFields(YamlNode node, bool hasHeader)
    {
        var reader = new FieldMappingReader(yaml, hasHeader);
        var fields = new Dictionary<string, FieldMapping>(StringComparer.Ordinal);
        foreach (var (field, _, value) in yaml.Entries(yaml.Mapping(node, "fields"), "fields", CanonicalFields.All))
            fields[field] = reader.Read(field, value);
        return fields;
    }

    private Dictionary<string, string> ReadDefaults(YamlNode node, Dictionary<string, FieldMapping> fields)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, keyNode, value) in yaml.Entries(yaml.Mapping(node, "defaults"), "defaults", CanonicalFields.All))
        {
            if (field is CanonicalFields.ReferralId or CanonicalFields.PatientId)
                throw yaml.Error(keyNode, $"{field} cannot have a default: it identifies one record");
            var text = yaml.Scalar(value, $"the default of {field}").Trim();
            var formats = fields.TryGetValue(field, out var mapping) ? mapping.DateFormats : [SourceProfile.IsoDateFormat];
            var canonical = mapping is not null && mapping.Values.TryGetValue(text, out var mapped) ? mapped : text;
            if (!FieldValueCheck.IsValid(field, canonical, formats))
                throw yaml.Error(value, FieldValueCheck.Expectation(field));
            defaults[field] = text;
        }
        return defaults;
    }

    private string ReadFormat(YamlNode node)
    {
        var format = yaml.NonEmpty(node, "format");
        return string.Equals(format, SourceProfile.CsvFormat, StringComparison.OrdinalIgnoreCase)
            ? SourceProfile.CsvFormat
            : throw yaml.Error(node, $"format '{format}' is not supported; expected csv (comma, tab, semicolon or pipe separated)");
    }

    private string ReadEncoding(YamlNode node)
    {
        var name = yaml.Scalar(node, "encoding");
        return TextEncodings.Normalize(name)
            ?? throw yaml.Error(node, $"encoding '{name}' is not supported; expected {string.Join(", ", TextEncodings.All)}");
    }

    private char? ReadDelimiter(YamlNode node) => yaml.Scalar(node, "delimiter") switch
    {
        "auto" => null,
        [var single] when ",;|\t".Contains(single, StringComparison.Ordinal) => single,
        "\\t" or "tab" => '\t',
        var other => throw yaml.Error(node, $"delimiter '{other}' is not supported; expected auto, ',', '\\t' (tab), ';' or '|'"),
    };
}
