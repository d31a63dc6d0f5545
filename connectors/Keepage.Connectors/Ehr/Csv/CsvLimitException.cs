namespace Keepage.Connectors.Ehr.Csv;

/// <summary>A file broke a <see cref="CsvLimits"/> bound; the message is PHI-free and becomes the rejection reason.</summary>
internal sealed class CsvLimitException(string message) : Exception(message);
