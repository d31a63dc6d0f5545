// Azure Database for PostgreSQL Flexible Server with Entra ID authentication only (no passwords). The admins are an
// Entra group; the app's identity gets its own non-admin role and schema (docs/deployment.md, "Database role").

@description('Name of the PostgreSQL flexible server.')
param name string

@description('Azure region for the server.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Object id of the Entra group whose members administer the server.')
param adminGroupObjectId string

@description('Display name of that Entra group.')
param adminGroupName string

@description('Compute SKU, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@description('Compute tier matching the SKU.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('Storage size in GB.')
@minValue(32)
param storageSizeGB int

@description('Zone-redundant high availability (GeneralPurpose or MemoryOptimized tiers only).')
param highAvailability bool

@description('Name of the database Keepage uses.')
param databaseName string

// 15 or later: the store's pending-update table uses UNIQUE NULLS NOT DISTINCT.
resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '16'
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: highAvailability ? 'ZoneRedundant' : 'Disabled'
    }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenant().tenantId
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource admins 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: adminGroupObjectId
  properties: {
    principalName: adminGroupName
    principalType: 'Group'
    tenantId: tenant().tenantId
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// Flex Consumption has no fixed outbound addresses without VNet integration: allow Azure services (0.0.0.0), and
// rely on Entra sign-in and TLS. Use VNet integration and a private endpoint where policy requires it.
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

@description('Host name of the server.')
output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName

@description('Name of the Keepage database.')
output databaseName string = database.name
