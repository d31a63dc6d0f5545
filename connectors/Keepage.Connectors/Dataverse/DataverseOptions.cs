using System.ComponentModel.DataAnnotations;

namespace Keepage.Connectors.Dataverse;

/// <summary>Where the Dataverse environment is and how to sign in to it (section <c>Keepage:Crm:Dataverse</c>).</summary>
public sealed class DataverseOptions : IValidatableObject
{
    /// <summary>The environment URL, e.g. <c>https://contoso.crm.dynamics.com</c>.</summary>
    [Required]
    [Url]
    public string Url { get; set; } = "";

    [Required]
    public string TenantId { get; set; } = "";

    /// <summary>The app registration's client id; for a user-assigned managed identity, its client id (optional).</summary>
    public string ClientId { get; set; } = "";

    /// <summary>How Keepage signs in; see docs/dataverse.md.</summary>
    public DataverseCredential Credential { get; set; } = DataverseCredential.ClientSecret;

    /// <summary>Required with <see cref="DataverseCredential.ClientSecret"/>.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>A PFX or PEM file holding the certificate and its private key, for <see cref="DataverseCredential.ClientCertificate"/>.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// Overrides the Entra ID token endpoint (emulators, sovereign clouds). When set, Keepage posts the client-credentials
    /// form itself (secret only), because Azure.Identity accepts only HTTPS authorities it can discover.
    /// </summary>
    [Url]
    public string? TokenEndpoint { get; set; }

    /// <summary>Defaults to <c>{Url}/.default</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>Rows per page asked with <c>Prefer: odata.maxpagesize</c>; Dataverse allows at most 5000.</summary>
    [Range(1, 5000)]
    public int MaxPageSize { get; set; } = 5000;

    /// <summary>
    /// Reads contacts, accounts and activities with change tracking: in full the first time in a process, then only
    /// what changed. Turn off for tables whose ChangeTrackingEnabled cannot be set.
    /// </summary>
    public bool ChangeTracking { get; set; } = true;

    /// <summary>Requests per $batch; Dataverse allows at most 1000.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Requests in flight at once for this client; Dataverse refuses more than 52 per user.</summary>
    [Range(1, 52)]
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>
    /// The longest <c>Retry-After</c> waited out in process; a longer one fails the items as retryable, so the publish
    /// ledger sends them on the next run instead of holding this one.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Timeout of one HTTP attempt; a $batch of 1000 upserts can take minutes on a busy environment.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retries per request after a 429, a 503, a timeout or a dropped connection.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>First backoff when the server names no Retry-After (503, timeouts, dropped connections); it doubles, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The target's name, used as the sync ledger's partition.</summary>
    [Required]
    public string TargetName { get; set; } = "dataverse";

    internal Uri OrganizationUri => new(Url.TrimEnd('/') + "/");

    internal Uri ApiAddress => new(OrganizationUri, "api/data/v9.2/");

    internal Uri TokenUri => new(TokenEndpoint ?? $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token");

    internal string EffectiveScope => Scope ?? Url.TrimEnd('/') + "/.default";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Credential != DataverseCredential.ManagedIdentity && string.IsNullOrWhiteSpace(ClientId))
            yield return new ValidationResult("The ClientId field is required.", [nameof(ClientId)]);
        if (Credential == DataverseCredential.ClientSecret && string.IsNullOrWhiteSpace(ClientSecret))
            yield return new ValidationResult("The ClientSecret field is required.", [nameof(ClientSecret)]);
        if (Credential == DataverseCredential.ClientCertificate && string.IsNullOrWhiteSpace(CertificatePath))
            yield return new ValidationResult("The CertificatePath field is required with Credential ClientCertificate.", [nameof(CertificatePath)]);
        if (TokenEndpoint is not null && Credential != DataverseCredential.ClientSecret)
            yield return new ValidationResult("A TokenEndpoint override works with Credential ClientSecret only.", [nameof(TokenEndpoint)]);
    }
}
