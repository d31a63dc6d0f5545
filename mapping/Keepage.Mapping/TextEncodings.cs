namespace Keepage.Mapping;

/// <summary>
/// The text encodings a profile may name (<c>encoding:</c>). <see cref="Auto"/> reads UTF-8 (with or without BOM, or
/// UTF-16 with a BOM) and falls back to Windows-1252 when the bytes are not valid UTF-8.
/// </summary>
public static class TextEncodings
{
    public const string Auto = "auto";
    public const string Utf8 = "utf-8";
    public const string Windows1252 = "windows-1252";

    public static IReadOnlyList<string> All { get; } = [Auto, Utf8, Windows1252];

    /// <summary>The canonical name for an admin's spelling (<c>UTF8</c>, <c>cp1252</c>, ...), or null when unsupported.</summary>
    public static string? Normalize(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => Auto,
        "utf-8" or "utf8" or "utf-8-bom" => Utf8,
        "windows-1252" or "cp1252" or "1252" or "win-1252" => Windows1252,
        _ => null,
    };
}
