using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Metadata;

/// <summary>A metadata label in English (1033), shaped as fixture metadata/entitydefinitions-account.response.http shows.</summary>
internal static class Labels
{
    public static JsonObject Of(string text, string owner) => new()
    {
        ["LocalizedLabels"] = new JsonArray(Label(text, owner)),
        ["UserLocalizedLabel"] = Label(text, owner),
    };

    private static JsonObject Label(string text, string owner) => new()
    {
        ["Label"] = text,
        ["LanguageCode"] = 1033,
        ["IsManaged"] = true,
        ["MetadataId"] = MetadataIds.For(owner, "label"),
        ["HasChanged"] = null,
    };
}
