using Keepage.Mapping;
using nietras.SeparatedValues;

namespace Keepage.Connectors.Ehr.Csv;

/// <summary>
/// Loads a provider crosswalk CSV (<c>provider_id,npi,name,practice_id,practice_name</c>; comma or tab separated,
/// header names ignore case; only <c>provider_id</c> and one of <c>npi</c> or <c>name</c> are required). Problems
/// name the line, never a value.
/// </summary>
public static class ProviderCrosswalkFile
{
    public static async Task<ProviderCrosswalk> LoadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new MappingProfileException($"The provider crosswalk '{path}' was not found.");
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        using var text = await ExportEncoding.OpenAsync(stream, TextEncodings.Auto, cancellationToken);
        using var reader = await Sep.Reader(options => options with { Unescape = true, Trim = SepTrim.All }).FromAsync(text, cancellationToken);
        var header = reader.Header;
        string? Column(SepReader.Row row, string name) =>
            header.IndexOf(name) is var index and >= 0 && row[index].ToString() is { Length: > 0 } value ? value : null;
        if (!header.ColNames.Contains("provider_id", StringComparer.Ordinal))
            throw new MappingProfileException($"{path}: the provider crosswalk needs a provider_id column.");
        var providers = new List<CrosswalkProvider>();
        while (await reader.MoveNextAsync(cancellationToken))
        {
            var row = reader.Current;
            var id = Column(row, "provider_id")
                ?? throw new MappingProfileException($"{path}({row.LineNumberFrom}): provider_id is empty.");
            providers.Add(new CrosswalkProvider(id, Column(row, "npi"), Column(row, "name"), Column(row, "practice_id"), Column(row, "practice_name")));
        }
        return new ProviderCrosswalk(providers);
    }
}
