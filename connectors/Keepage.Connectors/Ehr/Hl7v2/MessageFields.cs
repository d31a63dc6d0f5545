using Keepage.Connectors.Ehr.Hl7v2.Wire;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// Reads values out of one message for a mapper and collects what is wrong with them. Problems name the position
/// (<c>RF1-7</c>, <c>SCH-11.4</c>) and what it should hold, never the value: values can be PHI.
/// </summary>
internal sealed class MessageFields(Hl7v2Message message)
{
    /// <summary>Longer values are refused: no identifier, code or name Keepage keeps is anywhere near this long.</summary>
    public const int MaxValueLength = 1_000;

    public Hl7v2Message Message => message;

    public List<string> Problems { get; } = [];

    public Hl7v2Segment? First(string id) => message.First(id);

    /// <summary>The text at SEG-field.component.subcomponent in the first repetition; null when empty.</summary>
    public string? Text(Hl7v2Segment? segment, int field, int component = 1, int subcomponent = 1) =>
        segment is null
            ? null
            : Text(segment.Field(field).Repetition(1).Component(component).Subcomponent(subcomponent), segment.Id, field, component);

    /// <summary>The unescaped, trimmed text of a value; null when empty, the HL7 null, broken or too long (the last two are problems).</summary>
    public string? Text(Hl7v2Value value, string label) => Text(value, label, 0, 0);

    // The label is built only for a problem: most values are fine, and this runs for every field read.
    private string? Text(Hl7v2Value value, string segmentOrLabel, int field, int component)
    {
        if (value.IsEmpty)
            return null;
        if (value.Raw.Length > MaxValueLength)
            return Problem($"{LabelOf(segmentOrLabel, field, component)} is longer than {MaxValueLength} characters");
        if (!value.TryText(out var text))
            return Problem($"{LabelOf(segmentOrLabel, field, component)} escape sequence is not valid");
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string LabelOf(string segmentOrLabel, int field, int component) =>
        field == 0 ? segmentOrLabel : Label(segmentOrLabel, field, component);

    /// <summary>
    /// The text at the first of these positions that holds anything. One that holds something unreadable is a
    /// problem, not skipped over (the next might name a different referral); none holding anything is <paramref name="whenMissing"/>.
    /// </summary>
    public string? RequiredText(string whenMissing, params ReadOnlySpan<FieldSource> sources)
    {
        foreach (var (segment, field, component) in sources)
        {
            var value = segment?.Field(field).Repetition(1).Component(component).Subcomponent(1) ?? default;
            if (value.IsEmpty || value.IsNull || value.Raw.IsWhiteSpace())
                continue;
            var known = Problems.Count;
            var text = Text(value, Label(segment!.Id, field, component));
            return text is null && Problems.Count == known ? Problem(whenMissing) : text;
        }
        return Problem(whenMissing);
    }

    /// <summary>As <see cref="RequiredText"/>, except that none holding anything is not a problem: null.</summary>
    public string? OptionalText(params ReadOnlySpan<FieldSource> sources)
    {
        foreach (var (segment, field, component) in sources)
        {
            var value = segment?.Field(field).Repetition(1).Component(component).Subcomponent(1) ?? default;
            if (!value.IsEmpty && !value.IsNull && !value.Raw.IsWhiteSpace())
                return Text(value, Label(segment!.Id, field, component));
        }
        return null;
    }

    public DateOnly? Date(Hl7v2Segment? segment, int field, string meaning, int component = 1)
    {
        var text = Text(segment, field, component);
        if (text is null)
            return null;
        if (Hl7v2Date.TryParse(text, out var date))
            return date;
        Problem($"{Label(segment!.Id, field, component)} {meaning} is not a valid HL7 date");
        return null;
    }

    /// <summary>The first of these dates that is present. One present but invalid is a problem, not skipped over.</summary>
    public DateOnly? FirstDate(params ReadOnlySpan<DateSource> sources) => FindDate(sources, out _);

    /// <summary>As <see cref="FirstDate"/>; none present at all is the problem <paramref name="whenMissing"/>.</summary>
    public DateOnly? RequiredDate(string whenMissing, params ReadOnlySpan<DateSource> sources)
    {
        var date = FindDate(sources, out var present);
        if (!present)
            Problem(whenMissing);
        return date;
    }

    private DateOnly? FindDate(ReadOnlySpan<DateSource> sources, out bool present)
    {
        present = true;
        foreach (var source in sources)
        {
            if (Text(source.Segment, source.Field, source.Component) is not null)
                return Date(source.Segment, source.Field, source.Meaning, source.Component);
        }
        present = false;
        return null;
    }

    /// <summary>A code compared as written (codes are not escaped); empty when absent.</summary>
    public static bool IsCode(Hl7v2Value value, string code) => value.Raw.Trim().Equals(code, StringComparison.OrdinalIgnoreCase);

    public static string Label(string segmentId, int field, int component = 1) =>
        component == 1 ? $"{segmentId}-{field}" : $"{segmentId}-{field}.{component}";

    public string? Problem(string problem)
    {
        if (!Problems.Contains(problem))
            Problems.Add(problem);
        return null;
    }
}
