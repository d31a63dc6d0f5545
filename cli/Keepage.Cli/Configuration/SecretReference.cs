namespace Keepage.Cli.Configuration;

/// <summary>Secrets in configuration are references: <c>env:NAME</c> reads an environment variable. Inline values are refused.</summary>
public static class SecretReference
{
    private const string EnvironmentPrefix = "env:";

    public static void EnsureReference(string? value, string setting, string path)
    {
        if (string.IsNullOrWhiteSpace(value) || !value.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
            throw new ConfigException($"{path}: {setting} must be a secret reference such as 'env:VARIABLE_NAME'; secrets are never written inline.");
    }

    public static string Resolve(string reference, string setting)
    {
        var name = reference[EnvironmentPrefix.Length..];
        return Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new ConfigException($"{setting} refers to environment variable '{name}', which is not set.");
    }
}
