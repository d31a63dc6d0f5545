namespace Keepage.Functions.Admin;

/// <summary>A problem with a posted mapping profile, where the loader found it (1-based line and column).</summary>
public sealed record MappingError(long? Line, long? Column, string Message);
