// Application Insights on a Log Analytics workspace: the Functions worker exports OpenTelemetry traces and logs here.

@description('Name prefix for the monitoring resources.')
param name string

@description('Azure region for the monitoring resources.')
param location string

@description('Tags applied to every resource.')
param tags object

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: false
  }
}

@description('Application Insights connection string (an ingestion endpoint and key, not a secret that grants reads).')
output connectionString string = insights.properties.ConnectionString
