using System.Text.Json.Nodes;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Storage;

namespace Keepage.Emulators.Salesforce.Rest;

/// <summary><c>GET /sobjects</c> (global describe) and <c>GET /sobjects/{Object}/describe</c> with the recorded key sets (wire spec B11).</summary>
internal sealed class DescribeResource(EmulatedOrg org)
{
    public RestResponse Global(RestRequest request) => RestResponse.Json(200, new JsonObject
    {
        ["encoding"] = "UTF-8",
        ["maxBatchSize"] = 200,
        ["sobjects"] = new JsonArray([.. org.Store.Catalog.Objects.Select(o => (JsonNode)Summary(request, o))]),
    });

    public RestResponse Describe(RestRequest request, ObjectDefinition definition)
    {
        var json = Summary(request, definition);
        json["childRelationships"] = new JsonArray();
        json["customSetting"] = false;
        json["listviewable"] = null;
        json["lookupLayoutable"] = null;
        json["searchLayoutable"] = null;
        json["fields"] = new JsonArray([.. definition.Fields.Select(f => (JsonNode)Field(f))]);
        json["recordTypeInfos"] = new JsonArray(new JsonObject
        {
            ["name"] = "Master", ["available"] = true, ["recordTypeId"] = "012000000000000AAA", ["defaultRecordTypeMapping"] = true,
        });
        return RestResponse.Json(200, json);
    }

    private JsonObject Summary(RestRequest request, ObjectDefinition o)
    {
        var url = $"{request.ApiRoot}/sobjects/{o.Name}";
        return new JsonObject
        {
            ["name"] = o.Name, ["label"] = o.Label, ["custom"] = o.Custom, ["keyPrefix"] = o.KeyPrefix, ["labelPlural"] = o.Label + "s",
            ["layoutable"] = true, ["activateable"] = false, ["updateable"] = true, ["searchable"] = true, ["createable"] = o.Name != "User",
            ["deletable"] = true, ["deprecatedAndHidden"] = false, ["feedEnabled"] = false, ["mergeable"] = false, ["queryable"] = true,
            ["replicateable"] = true, ["retrieveable"] = true, ["undeletable"] = true, ["triggerable"] = true,
            ["urls"] = new JsonObject
            {
                ["sobject"] = url, ["describe"] = $"{url}/describe", ["rowTemplate"] = $"{url}/{{ID}}",
                ["uiDetailTemplate"] = $"{org.BaseAddress}{{ID}}", ["uiEditTemplate"] = $"{org.BaseAddress}{{ID}}/e", ["uiNewRecord"] = $"{org.BaseAddress}{o.KeyPrefix}/e",
            },
        };
    }

    private static JsonObject Field(FieldDefinition f) => new()
    {
        ["length"] = f.Length, ["name"] = f.Name, ["type"] = f.Type, ["defaultValue"] = f.DefaultValue, ["label"] = f.Label,
        ["updateable"] = f.Updateable, ["calculated"] = false, ["controllerName"] = null, ["nillable"] = f.Nillable, ["unique"] = f.Unique,
        ["precision"] = f.Precision, ["scale"] = f.Scale, ["caseSensitive"] = false, ["byteLength"] = f.Length * 3, ["inlineHelpText"] = null,
        ["nameField"] = f.NameField, ["externalId"] = f.ExternalId, ["idLookup"] = f.IdLookup, ["filterable"] = f.Type != "textarea",
        ["soapType"] = f.SoapType, ["createable"] = f.Createable, ["deprecatedAndHidden"] = false, ["autoNumber"] = false,
        ["calculatedFormula"] = null, ["defaultValueFormula"] = null, ["defaultedOnCreate"] = f.DefaultedOnCreate, ["digits"] = 0,
        ["groupable"] = f.Type is not ("textarea" or "double"), ["picklistValues"] = new JsonArray([.. f.PicklistValues.Select(v => (JsonNode)new JsonObject
        {
            ["value"] = v, ["active"] = true, ["label"] = v, ["defaultValue"] = v == f.DefaultValue, ["validFor"] = null,
        })]),
        ["referenceTo"] = new JsonArray([.. f.ReferenceTo.Select(r => JsonValue.Create(r))]), ["relationshipName"] = f.RelationshipName,
        ["relationshipOrder"] = null, ["restrictedPicklist"] = false, ["namePointing"] = f.ReferenceTo.Count > 1, ["custom"] = f.Custom,
        ["htmlFormatted"] = false, ["dependentPicklist"] = false, ["writeRequiresMasterRead"] = false, ["sortable"] = f.Type != "textarea",
    };
}
