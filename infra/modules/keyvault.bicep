// Key Vault in RBAC mode for the patient-id HMAC key and CRM credentials. The app reads them through Key Vault
// references in its settings (Key Vault Secrets User on this vault only); nothing secret sits in app settings.

@description('Name of the Key Vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region for the vault.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Name of the Function App\'s user-assigned identity, granted Key Vault Secrets User.')
param identityName string

@description('Base64 HMAC key (at least 32 bytes) that pseudonymises patient ids. Empty keeps the secret already in the vault.')
@secure()
param patientKey string

@description('Client secret of the Dataverse application user. Empty keeps the secret already in the vault.')
@secure()
param dataverseClientSecret string

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource patientKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(patientKey)) {
  parent: vault
  name: 'patient-key'
  properties: {
    value: patientKey
    contentType: 'base64 HMAC-SHA256 key'
  }
}

resource dataverseSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(dataverseClientSecret)) {
  parent: vault
  name: 'dataverse-client-secret'
  properties: {
    value: dataverseClientSecret
  }
}

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityName, secretsUser)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

@description('Vault URI, e.g. https://name.vault.azure.net/.')
output uri string = vault.properties.vaultUri

@description('Key Vault reference for the patient-id key, for an app setting.')
output patientKeyReference string = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=patient-key)'

@description('Key Vault reference for the Dataverse client secret, for an app setting.')
output dataverseClientSecretReference string = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=dataverse-client-secret)'
