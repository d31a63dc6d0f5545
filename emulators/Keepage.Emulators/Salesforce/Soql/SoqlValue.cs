namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>A literal in a WHERE clause.</summary>
internal abstract record SoqlValue;

internal sealed record StringValue(string Text) : SoqlValue;

internal sealed record NumberValue(decimal Number) : SoqlValue;

internal sealed record BooleanValue(bool Flag) : SoqlValue;

internal sealed record NullValue : SoqlValue;

/// <summary>A date or datetime literal, or a relative one (<c>TODAY</c>, <c>LAST_N_DAYS:7</c>) as the range [Start, End).</summary>
internal sealed record DateRangeValue(DateTimeOffset Start, DateTimeOffset End, bool IsDateOnly) : SoqlValue;
