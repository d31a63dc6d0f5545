namespace Keepage.Connectors.Dataverse;

/// <summary>How Keepage's application user signs in to Microsoft Entra ID (OAuth 2.0 client credentials).</summary>
public enum DataverseCredential
{
    ClientSecret,
    ClientCertificate,
    ManagedIdentity,
}
