using System.Text.Json.Nodes;

namespace Keepage.Emulators.Dataverse.Http;

/// <summary>
/// A Dataverse error, thrown anywhere while handling a request and written as
/// <c>{"error":{"code":"0x…","message":"…"}}</c> (codes and texts from the wire spec, A4-A10).
/// </summary>
internal sealed class ApiFault(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public ApiResponse ToResponse() =>
        ApiResponse.Json(Status, new JsonObject { ["error"] = new JsonObject { ["code"] = Code, ["message"] = Message } });

    public static ApiFault NotFoundById(string table, Guid id) =>
        new(404, "0x80040217", $"{table} With Id = {id} Does Not Exist");

    public static ApiFault NotFoundByKey(string table) =>
        new(404, "0x80060891", $"A record with the specified key values does not exist in {table} entity");

    public static ApiFault ResourceNotFound(string segment) =>
        new(404, "0x80060888", $"Resource not found for the segment '{segment}'.");

    public static ApiFault Syntax(string message) => new(400, "0x80060888", message);

    public static ApiFault InvalidArgument(string message) => new(400, "0x80040203", message);

    public static ApiFault InvalidKey(string table) => Syntax(
        $"The key in the request URI is not valid for resource 'Microsoft.Dynamics.CRM.{table}'. Ensure that the names and " +
        $"number of key properties match the declared or alternate key properties for the resource 'Microsoft.Dynamics.CRM.{table}'.");

    public static ApiFault UndeclaredProperty(string name) => Syntax(
        $"An undeclared property '{name}' which only has property annotations in the payload but no property value was found " +
        "in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.");

    public static ApiFault DuplicateKey(string columns) => new(412, "0x80060892",
        $"A record that has the attribute values {columns} already exists. The entity key {columns} requires that this set of " +
        "attributes contains unique values. Select unique values and try again.");

    public static ApiFault AlreadyExists() => new(412, "0x80040237", "A record with matching key values already exists.");

    public static ApiFault VersionMismatch() =>
        new(412, "0x80060882", "The version of the existing record doesn't match the RowVersion property provided.");

    public static ApiFault TooLong(string column, string table, int max) => new(400, "0x80044331",
        $"A validation error occurred.  The length of the '{column}' attribute of the '{table}' entity exceeded the maximum allowed length of '{max}'.");

    public static ApiFault MethodNotAllowed(string method) =>
        new(405, "0x80060888", $"The HTTP method '{method}' is not allowed for this resource.");

    // Features Dataverse has and this emulator does not yet: say so plainly instead of answering wrongly.
    public static ApiFault NotImplemented(string feature) => new(501, "", $"The Dataverse emulator does not implement {feature}.");
}
