using Keepage.Emulators.Salesforce.Http;

namespace Keepage.Emulators.Salesforce.Soql;

/// <summary>The 400 errors of a bad query, worded as the recorded ones (wire spec B3).</summary>
internal static class SoqlError
{
    public static RestError Malformed(string message) => RestError.Of(400, "MALFORMED_QUERY", message, null);

    public static RestError UnexpectedToken(SoqlToken token) =>
        Malformed(token.Kind == SoqlTokenKind.End ? "unexpected end of query" : $"unexpected token: {token.Text}");

    public static RestError NoSuchColumn(string soql, int column, string field, string objectName) => Positioned("INVALID_FIELD", soql, column,
        $"No such column '{field}' on entity '{objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.");

    public static RestError UnknownObject(string soql, int column, string objectName) => Positioned("INVALID_TYPE", soql, column,
        $"sObject type '{objectName}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.");

    // "\n<query>\n<spaces>^\nERROR at Row:1:Column:<n>\n<text>", as in query/applink-query-unknown-column.
    private static RestError Positioned(string code, string soql, int column, string text) =>
        RestError.Of(400, code, $"\n{soql}\n{new string(' ', column - 1)}^\nERROR at Row:1:Column:{column}\n{text}", null);
}
