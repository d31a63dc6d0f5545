using Azure.Core;
using Azure.Identity;
using Npgsql;

namespace Keepage.Functions.Store;

/// <summary>
/// The Npgsql data source for the store. A connection string without a password signs in with Entra ID: the password
/// is an access token for Azure Database for PostgreSQL, refreshed before it expires
/// (https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-connect-with-managed-identity).
/// </summary>
internal static class PostgresDataSource
{
    private static readonly string[] Scopes = ["https://ossrdbms-aad.database.windows.net/.default"];

    public static NpgsqlDataSource Create(KeepageStoreOptions options)
    {
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        if (string.IsNullOrEmpty(builder.ConnectionStringBuilder.Password))
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
            builder.UsePeriodicPasswordProvider(
                async (_, cancellationToken) => (await credential.GetTokenAsync(new TokenRequestContext(Scopes), cancellationToken)).Token,
                TimeSpan.FromMinutes(30),
                TimeSpan.FromSeconds(10));
        }
        return builder.Build();
    }
}
