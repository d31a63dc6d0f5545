namespace Keepage.Mapping;

/// <summary>
/// A mapping profile that cannot be used. The message names the profile file, line and column and what is wrong;
/// profiles hold no patient data, so quoting the profile's own keys is safe.
/// </summary>
public sealed class MappingProfileException : Exception
{
    public MappingProfileException()
    {
    }

    public MappingProfileException(string message)
        : base(message)
    {
    }

    public MappingProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MappingProfileException(string origin, long line, long column, string problem, Exception? innerException = null)
        : base($"{origin}({line},{column}): {problem}", innerException)
    {
        Origin = origin;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public string? Origin { get; }

    public long? Line { get; }

    public long? Column { get; }

    public string? Problem { get; }
}
