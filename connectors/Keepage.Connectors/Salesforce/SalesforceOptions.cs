using System.ComponentModel.DataAnnotations;

namespace Keepage.Connectors.Salesforce;

/// <summary>Where the org is, how to sign in, and how much of its API allocation Keepage may use (section <c>Keepage:Crm:Salesforce</c>).</summary>
public sealed class SalesforceOptions : IValidatableObject
{
    /// <summary>Where the token is requested: the org's My Domain (client credentials) or a login host (JWT bearer).</summary>
    [Required]
    [Url]
    public string LoginUrl { get; set; } = "";

    public SalesforceAuthFlow AuthFlow { get; set; } = SalesforceAuthFlow.ClientCredentials;

    /// <summary>The connected app's consumer key.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>The consumer secret, for client credentials.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The integration user's username (the JWT <c>sub</c>), for JWT bearer.</summary>
    public string? Username { get; set; }

    /// <summary>The PEM private key of the connected app's certificate, for JWT bearer (a Key Vault reference in production).</summary>
    public string? PrivateKeyPem { get; set; }

    /// <summary>The JWT <c>aud</c>: <c>https://login.salesforce.com</c>, <c>https://test.salesforce.com</c> or the community URL.</summary>
    public string Audience { get; set; } = "https://login.salesforce.com";

    [Required]
    [RegularExpression(@"^\d{2}\.0$")]
    public string ApiVersion { get; set; } = "62.0";

    /// <summary>Records per sObject Collections call; Salesforce allows at most 200.</summary>
    [Range(1, 200)]
    public int CollectionSize { get; set; } = 200;

    /// <summary>From this many records of one kind, writes go through a Bulk API 2.0 ingest job instead of collections.</summary>
    [Range(1, 150_000_000)]
    public int BulkThreshold { get; set; } = 2000;

    /// <summary>Rows per query page asked with <c>Sforce-Query-Options: batchSize</c> (200..2000).</summary>
    [Range(200, 2000)]
    public int QueryBatchSize { get; set; } = 2000;

    /// <summary>Keepage stops writing once the org's daily API usage reaches this share of its allocation.</summary>
    [Range(0.01, 1.0)]
    public double MaxApiUsageShare { get; set; } = 0.8;

    /// <summary>Rounds of retrying only the records refused with UNABLE_TO_LOCK_ROW.</summary>
    [Range(0, 10)]
    public int MaxLockRetries { get; set; } = 5;

    /// <summary>The first wait before a lock retry; it doubles each round. At least one second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The wait between Bulk API 2.0 job status polls.</summary>
    public TimeSpan BulkPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a bulk job may run before its records are rescheduled to the next run.</summary>
    public TimeSpan BulkTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The target's name, used as the sync ledger's partition.</summary>
    [Required]
    public string TargetName { get; set; } = "salesforce";

    internal Uri TokenUri => new(LoginUrl.TrimEnd('/') + "/services/oauth2/token");

    /// <summary>Where calls go until a token names the instance: <c>{LoginUrl}/services/data/vXX.X/</c>.</summary>
    internal Uri ApiAddress => new($"{LoginUrl.TrimEnd('/')}/services/data/v{ApiVersion}/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AuthFlow == SalesforceAuthFlow.ClientCredentials && string.IsNullOrEmpty(ClientSecret))
            yield return new ValidationResult("ClientSecret is required for the client credentials flow.", [nameof(ClientSecret)]);
        if (AuthFlow == SalesforceAuthFlow.JwtBearer && (string.IsNullOrEmpty(Username) || string.IsNullOrEmpty(PrivateKeyPem)))
            yield return new ValidationResult("Username and PrivateKeyPem are required for the JWT bearer flow.", [nameof(Username), nameof(PrivateKeyPem)]);
        if (RetryDelay < TimeSpan.FromSeconds(1) || BulkPollInterval < TimeSpan.FromSeconds(1))
            yield return new ValidationResult("RetryDelay and BulkPollInterval must be at least one second.", [nameof(RetryDelay), nameof(BulkPollInterval)]);
    }
}
