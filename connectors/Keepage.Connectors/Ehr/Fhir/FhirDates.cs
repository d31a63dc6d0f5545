using System.Globalization;
using Hl7.Fhir.Model;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Calendar dates from FHIR date, dateTime and instant values. The date is taken as written, in the sender's offset, not
/// converted to UTC: a referral authored at 22:00-08:00 was authored that day. Partial dates (year, year-month) give none.
/// </summary>
internal static class FhirDates
{
    public static DateOnly? DateOf(string? value)
    {
        if (value is not { Length: >= 10 } || (value.Length > 10 && value[10] != 'T'))
            return null;
        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    public static DateOnly? DateOf(PrimitiveType? value) => DateOf(value?.JsonValue as string);

    /// <summary>The start of <c>occurrence[x]</c>: the dateTime, the Period start, or the first Timing event.</summary>
    public static DateOnly? StartOf(DataType? occurrence) => occurrence switch
    {
        FhirDateTime dateTime => DateOf(dateTime.Value),
        Period period => DateOf(period.Start),
        Timing timing => timing.EventElement.Select(DateOf).FirstOrDefault(date => date is not null),
        _ => null,
    };
}
