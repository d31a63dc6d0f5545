namespace Keepage.Emulators.Salesforce;

/// <summary>How to start a <see cref="SalesforceEmulator"/>. Out of the box it accepts client id and secret <c>keepage</c>.</summary>
public sealed record SalesforceEmulatorOptions
{
    public const string DefaultClientId = "keepage";
    public const string DefaultClientSecret = "keepage";

    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The connected app's consumer key, for client credentials and as the JWT issuer.</summary>
    public string ClientId { get; init; } = DefaultClientId;

    public string ClientSecret { get; init; } = DefaultClientSecret;

    /// <summary>
    /// The connected app's certificate (PEM: a certificate or a public key) that JWT bearer assertions must be
    /// RS256-signed for. Without it the JWT bearer grant is refused.
    /// </summary>
    public string? JwtCertificatePem { get; init; }

    /// <summary>JSON file of records to start with: <c>{ "Contact": [ {…create body, optional Id…} ], … }</c>.</summary>
    public string? SeedFile { get; init; }

    /// <summary>When set, records load from this file if it exists (else from <see cref="SeedFile"/>) and are saved after every write.</summary>
    public string? StateFile { get; init; }

    /// <summary>The daily API request allocation (DailyApiRequests).</summary>
    public int DailyApiLimit { get; init; } = 100_000;

    /// <summary>Rows per query page when the client sends no <c>Sforce-Query-Options: batchSize</c>.</summary>
    public int QueryBatchSize { get; init; } = 2000;

    /// <summary>Job status polls that see InProgress before a closed Bulk API 2.0 job reports its final state.</summary>
    public int BulkPollsUntilComplete { get; init; } = 1;

    /// <summary>How long an access token stays valid (the org's session timeout).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromHours(2);

    /// <summary>Extra custom objects, beyond the standard ones and Referral_KPI__c.</summary>
    public IReadOnlyList<SalesforceCustomObject> CustomObjects { get; init; } = [];

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
