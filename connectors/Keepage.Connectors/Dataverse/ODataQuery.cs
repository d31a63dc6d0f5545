using Refit;

namespace Keepage.Connectors.Dataverse;

/// <summary>
/// System query options of a RetrieveMultiple. Values are OData text (literals already escaped by
/// <see cref="ODataLiteral"/>); Refit percent-encodes each once.
/// </summary>
public sealed record ODataQuery
{
    [AliasAs("$select")]
    public string? Select { get; init; }

    [AliasAs("$filter")]
    public string? Filter { get; init; }

    [AliasAs("$orderby")]
    public string? OrderBy { get; init; }

    [AliasAs("$top")]
    public int? Top { get; init; }
}
