using System.Text.Json;
using System.Text.Unicode;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// One pass over a JSON document before the FHIR parser sees it: well-formed, UTF-8 strings, nesting within the bound,
/// Bundle entries within the bound, and what the top-level object is. Reasons carry positions, never values.
/// </summary>
internal readonly record struct JsonScan(JsonRoot Root, string? Problem)
{
    public static JsonScan Of(ReadOnlySpan<byte> json, FhirReadLimits limits)
    {
        var reader = new Utf8JsonReader(json, Options(limits));
        var names = new TopLevelNames();
        var entries = new EntryCounter();
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return Failed("the content is not a JSON object");
            while (reader.Read())
            {
                if (reader.CurrentDepth > limits.MaxDepth)
                    return Failed($"JSON is nested deeper than {limits.MaxDepth} levels");
                if (Check(ref reader, names, entries) is { } problem)
                    return Failed(problem);
                if (entries.Count > limits.MaxBundleEntries)
                    return Failed($"the Bundle has more than {limits.MaxBundleEntries} entries");
            }
        }
        catch (JsonException exception)
        {
            return Failed($"not well-formed JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})");
        }
        return names.HasDuplicateResourceType ? Failed("the JSON object has more than one resourceType") : new JsonScan(names.Root(), null);
    }

    public static JsonReaderOptions Options(FhirReadLimits limits) => new() { MaxDepth = limits.MaxDepth + 2 };

    private static JsonScan Failed(string problem) => new(JsonRoot.NotAnObject, problem);

    private static string? Check(ref Utf8JsonReader reader, TopLevelNames names, EntryCounter entries)
    {
        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.CurrentDepth == 1)
                names.See(ref reader);
            entries.SeeProperty(ref reader);
            return ValidText(ref reader) ? null : "a JSON property name is not valid UTF-8 or has a broken escape";
        }
        entries.SeeToken(reader.TokenType, reader.CurrentDepth);
        return reader.TokenType != JsonTokenType.String || ValidText(ref reader)
            ? null
            : $"a JSON string is not valid UTF-8 or has a broken escape (byte {reader.TokenStartIndex + 1})";
    }

    private static bool ValidText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
            return Utf8.IsValid(reader.ValueSpan);
        try
        {
            reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
