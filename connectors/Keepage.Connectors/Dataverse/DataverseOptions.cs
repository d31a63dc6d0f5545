using System.ComponentModel.DataAnnotations;

namespace Keepage.Connectors.Dataverse;

/// <summary>Where the Dataverse environment is and how to sign in to it (section <c>Keepage:Crm:Dataverse</c>).</summary>
public sealed class DataverseOptions
{
    /// <summary>The environment URL, e.g. <c>https://contoso.crm.dynamics.com</c>.</summary>
    [Required]
    [Url]
    public string Url { get; set; } = "";

    [Required]
    public string TenantId { get; set; } = "";

    [Required]
    public string ClientId { get; set; } = "";

    [Required]
    public string ClientSecret { get; set; } = "";

    /// <summary>Overrides the Entra ID token endpoint (emulators, sovereign clouds).</summary>
    [Url]
    public string? TokenEndpoint { get; set; }

    /// <summary>Defaults to <c>{Url}/.default</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>Rows per page asked with <c>Prefer: odata.maxpagesize</c>; Dataverse allows at most 5000.</summary>
    [Range(1, 5000)]
    public int MaxPageSize { get; set; } = 5000;

    /// <summary>Requests per $batch; Dataverse allows at most 1000.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>The target's name, used as the sync ledger's partition.</summary>
    [Required]
    public string TargetName { get; set; } = "dataverse";

    internal Uri OrganizationUri => new(Url.TrimEnd('/') + "/");

    internal Uri ApiAddress => new(OrganizationUri, "api/data/v9.2/");

    internal Uri TokenUri => new(TokenEndpoint ?? $"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token");

    internal string EffectiveScope => Scope ?? Url.TrimEnd('/') + "/.default";
}
