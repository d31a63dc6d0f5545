using System.ComponentModel.DataAnnotations;
using Keepage.Connectors.Store;

namespace Keepage.Functions.Store;

/// <summary>Where Keepage's state lives on Azure (section <c>Keepage:Store</c>): Azure Database for PostgreSQL.</summary>
public sealed class KeepageStoreOptions : IValidatableObject
{
    public const string ConfigurationSection = "Keepage:Store";

    /// <summary>
    /// The Npgsql connection string. Without a <c>Password</c>, the password is an Entra ID token for the managed
    /// identity (Azure Database for PostgreSQL with Entra authentication); <c>Username</c> is then the identity's name.
    /// </summary>
    [Required(ErrorMessage = "Keepage:Store:ConnectionString is required: the PostgreSQL connection string (app setting Keepage__Store__ConnectionString).")]
    public string ConnectionString { get; set; } = "";

    /// <summary>The client id of the user-assigned managed identity whose tokens sign in; empty uses the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!StoreRegistration.IsPostgres(ConnectionString))
            yield return new ValidationResult(
                "Keepage:Store:ConnectionString must be a PostgreSQL connection string (Host=...;Database=...;Username=...).", [nameof(ConnectionString)]);
    }
}
