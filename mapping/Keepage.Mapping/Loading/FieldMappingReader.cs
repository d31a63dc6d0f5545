using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Keepage.Mapping.Loading;

/// <summary>Reads one entry of a profile's <c>fields</c>: a column name, a list of aliases, or a mapping with options.</summary>
internal sealed class FieldMappingReader(ProfileYaml yaml, bool hasHeader)
{
    private static readonly string[] Keys = ["column", "formats", "values", "optional"];

    public FieldMapping Read(string field, YamlNode node)
    {
        var mapping = node is YamlMappingNode options
            ? ReadOptions(field, options)
            : new FieldMapping { Columns = yaml.OneOrMany(node, $"the column of {field}") };
        CheckColumns(field, node, mapping.Columns);
        return mapping;
    }

    private FieldMapping ReadOptions(string field, YamlMappingNode options)
    {
        var entries = yaml.Entries(options, $"field '{field}'", Keys).ToDictionary(entry => entry.Key);
        if (!entries.TryGetValue("column", out var column))
            throw yaml.Error(options, $"field '{field}' needs a column");
        var result = new FieldMapping { Columns = yaml.OneOrMany(column.Value, $"the column of {field}") };
        if (entries.TryGetValue("formats", out var formats))
            result = result with { DateFormats = ReadFormats(field, formats.KeyNode, formats.Value) };
        if (entries.TryGetValue("values", out var values))
            result = result with { Values = ReadValues(field, values.Value, result.DateFormats) };
        if (entries.TryGetValue("optional", out var optional))
            result = result with { Optional = ReadOptional(field, optional.KeyNode, optional.Value) };
        return result;
    }

    private List<string> ReadFormats(string field, YamlNode keyNode, YamlNode value)
    {
        if (!CanonicalFields.IsDate(field))
            throw yaml.Error(keyNode, $"formats apply to date fields only, and {field} is not a date");
        var formats = yaml.OneOrMany(value, $"the formats of {field}").ToList();
        var bad = formats.FirstOrDefault(format => !CanonicalValues.IsUsableDateFormat(format));
        return bad is null ? formats : throw yaml.Error(value, $"'{bad}' is not a date format that holds a whole date (for example yyyy-MM-dd or M/d/yyyy)");
    }

    private Dictionary<string, string> ReadValues(string field, YamlNode node, IReadOnlyList<string> dateFormats)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, keyNode, value) in yaml.Entries(yaml.Mapping(node, $"the values of {field}"), $"the values of {field}", []))
        {
            var target = yaml.Scalar(value, $"the value mapped from '{key}'").Trim();
            if (!FieldValueCheck.IsValid(field, target, dateFormats))
                throw yaml.Error(value, FieldValueCheck.Expectation(field));
            if (!values.TryAdd(key.Trim(), target))
                throw yaml.Error(keyNode, $"'{key}' is mapped twice in the values of {field} (keys ignore case)");
        }
        return values;
    }

    private bool ReadOptional(string field, YamlNode keyNode, YamlNode value) =>
        field == CanonicalFields.ReferralId
            ? throw yaml.Error(keyNode, "referral_id cannot be optional: every record needs one")
            : yaml.Boolean(value, $"optional of {field}");

    private void CheckColumns(string field, YamlNode node, IReadOnlyList<string> columns)
    {
        if (hasHeader)
            return;
        if (columns.Any(column => !int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1))
            throw yaml.Error(node, $"the file has no header (hasHeader: false), so the column of {field} must be a column number from 1");
    }
}
