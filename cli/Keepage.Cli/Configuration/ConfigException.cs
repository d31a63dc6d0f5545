namespace Keepage.Cli.Configuration;

/// <summary>A configuration the run cannot use; the message names the file and what to fix, never a secret.</summary>
public sealed class ConfigException(string message, Exception? inner = null) : Exception(message, inner);
