using Keepage.Emulators.Dataverse.Limits;

namespace Keepage.Emulators.Dataverse;

/// <summary>How to start a <see cref="DataverseEmulator"/>.</summary>
public sealed record DataverseEmulatorOptions
{
    public const string DefaultTenantId = "8a9a4bc3-4a3c-4d8e-9f0b-7b5c2f1e6d01";

    public const string DefaultClientId = "keepage";

    public const string DefaultClientSecret = "keepage";

    /// <summary>Port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    public string TenantId { get; init; } = DefaultTenantId;

    /// <summary>The only client id the token endpoint accepts; null accepts any non-empty one.</summary>
    public string? ClientId { get; init; } = DefaultClientId;

    /// <summary>The only secret the token endpoint accepts; null accepts any non-empty one.</summary>
    public string? ClientSecret { get; init; } = DefaultClientSecret;

    /// <summary>JSON file of rows to start with: <c>{ "contacts": [ {…POST body…} ], … }</c>.</summary>
    public string? SeedFile { get; init; }

    /// <summary>
    /// When set, tables load from this file if it exists (otherwise from <see cref="SeedFile"/>) and are saved
    /// back to it after every write, so a later run sees what an earlier run wrote.
    /// </summary>
    public string? StateFile { get; init; }

    /// <summary>The server's page size: the default and the largest <c>odata.maxpagesize</c> it applies.</summary>
    public int MaxPageSize { get; init; } = 5000;

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromSeconds(3599);

    /// <summary>How long a change-tracking delta token stays valid (Dataverse's ExpireChangeTrackingInDays, default 7).</summary>
    public TimeSpan ChangeTrackingExpiry { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Service protection limits per user, enforced as Dataverse does (wire spec A11).</summary>
    public ServiceProtectionLimits ServiceProtection { get; init; } = new();

    /// <summary>Injected failures for resilience tests; none by default.</summary>
    public FaultInjection Faults { get; init; } = new();

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
