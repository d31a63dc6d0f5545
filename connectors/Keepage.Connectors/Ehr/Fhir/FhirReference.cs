namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// A parsed <c>Reference.reference</c>: contained (<c>#id</c>), conditional (<c>Type?identifier=system|value</c>), or
/// literal (<c>Type/id</c>, an absolute URL ending in <c>Type/id</c>, or a <c>urn:uuid:</c> / <c>urn:oid:</c> fullUrl).
/// </summary>
internal sealed record FhirReference(FhirReferenceKind Kind, string Text, string? Type, string? Id, string? System, string? Value)
{
    public static FhirReference? Parse(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return null;
        var text = reference.Trim();
        if (text.StartsWith('#'))
            return new(FhirReferenceKind.Contained, text, null, text[1..], null, null);
        var query = text.IndexOf('?', StringComparison.Ordinal);
        return query > 0 ? Conditional(text, query) : Literal(text);
    }

    /// <summary>Where a literal reference may be remembered: as written (a fullUrl), then as <c>Type/id</c>.</summary>
    public IEnumerable<string> LiteralKeys()
    {
        yield return Text;
        if (Type is not null && Id is not null)
            yield return ResourceKeys.Literal(Type, Id);
    }

    private static FhirReference Literal(string text)
    {
        var history = text.IndexOf("/_history/", StringComparison.Ordinal);
        var path = history > 0 ? text[..history] : text;
        var segments = path.Split('/');
        return segments.Length >= 2 && segments[^2].Length > 0 && segments[^1].Length > 0
            ? new(FhirReferenceKind.Literal, path, segments[^2], segments[^1], null, null)
            : new(FhirReferenceKind.Literal, path, null, path, null, null);
    }

    private static FhirReference Conditional(string text, int query)
    {
        var type = text[..query].Split('/')[^1];
        var identifier = text[(query + 1)..].Split('&')
            .FirstOrDefault(parameter => parameter.StartsWith("identifier=", StringComparison.Ordinal));
        if (identifier is null)
            return new(FhirReferenceKind.Conditional, text, type, null, null, null);
        var token = Uri.UnescapeDataString(identifier["identifier=".Length..]);
        var bar = token.IndexOf('|', StringComparison.Ordinal);
        var value = (bar < 0 ? token : token[(bar + 1)..]).Trim();
        return new(FhirReferenceKind.Conditional, text, type, null, bar <= 0 ? null : token[..bar].Trim(), value.Length == 0 ? null : value);
    }
}
