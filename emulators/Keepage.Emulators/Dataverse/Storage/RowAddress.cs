using System.Buffers;
using System.Text.Json.Nodes;
using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;

namespace Keepage.Emulators.Dataverse.Storage;

/// <summary>Resolves the row a URL addresses: by id, by named primary key, or by the table's alternate key.</summary>
internal static class RowAddress
{
    // "Unsupported characters in key values: / < > * % & : \ ? +" (DV: define-alternate-keys-entity).
    private static readonly SearchValues<char> UnsupportedKeyCharacters = SearchValues.Create("/<>*%&:\\?+");

    public static Guid? IdOf(TableDefinition table, ResourcePath path) =>
        path.Id ?? (path.Key is { Count: 1 } key && key.TryGetValue(table.PrimaryIdColumn, out var id) && id.Value is Guid guid
            ? guid
            : null);

    public static StoredRow? Find(EntityStore store, TableDefinition table, ResourcePath path) =>
        IdOf(table, path) is { } id ? store.Find(table, id) : FindByKey(store, table, path);

    public static StoredRow? FindByKey(EntityStore store, TableDefinition table, ResourcePath path) =>
        store.FindByKey(table, KeyColumns(table, path));

    public static ApiFault NotFound(TableDefinition table, ResourcePath path) =>
        IdOf(table, path) is { } id ? ApiFault.NotFoundById(table.LogicalName, id) : ApiFault.NotFoundByKey(table.LogicalName);

    public static Dictionary<string, JsonNode?> KeyColumns(TableDefinition table, ResourcePath path)
    {
        var key = path.Key ?? throw ApiFault.InvalidKey(table.LogicalName);
        if (key.Count != table.AlternateKeyColumns.Count || !table.AlternateKeyColumns.All(key.ContainsKey))
            throw ApiFault.InvalidKey(table.LogicalName);
        return key.ToDictionary(k => k.Key, k => ToColumn(k.Value), StringComparer.Ordinal);
    }

    private static JsonNode? ToColumn(FilterLiteral literal) => literal.Value switch
    {
        string text when text.AsSpan().ContainsAny(UnsupportedKeyCharacters) => throw ApiFault.InvalidArgument(
            "An alternate key value contains a character that alternate keys do not support (/ < > * % & : \\ ? +)."),
        string text => JsonValue.Create(text),
        decimal number => JsonValue.Create(number),
        Guid id => JsonValue.Create(id.ToString()),
        bool flag => JsonValue.Create(flag),
        DateTimeOffset at => ColumnValue.Timestamp(at),
        _ => null,
    };
}
