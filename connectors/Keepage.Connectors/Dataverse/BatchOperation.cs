namespace Keepage.Connectors.Dataverse;

/// <summary>One request inside a $batch: which record it writes, the URL relative to the API root, and its JSON body.</summary>
internal sealed record BatchOperation(int Index, string Key, string Method, string RelativeUrl, string IdColumn, string? Body);
