// The one identity the Function App runs as: every data-plane connection (storage, Service Bus, Key Vault,
// PostgreSQL) signs in with it, so no connection string or key is stored in settings.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region for the identity.')
param location string

@description('Tags applied to every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Name of the identity (the PostgreSQL role name it signs in as).')
output name string = identity.name

@description('Client id of the identity, for DefaultAzureCredential and the identity-based connection settings.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity, for role assignments.')
output principalId string = identity.properties.principalId
