namespace Keepage.Connectors.Salesforce;

/// <summary>How Keepage signs in to the org (wire spec B1).</summary>
public enum SalesforceAuthFlow
{
    /// <summary>OAuth 2.0 client credentials, sent to the org's My Domain; the connected app has a Run As user.</summary>
    ClientCredentials,

    /// <summary>OAuth 2.0 JWT bearer: an assertion RS256-signed with the connected app's certificate key.</summary>
    JwtBearer,
}
