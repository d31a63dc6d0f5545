using Keepage.Core.Crm;

namespace Keepage.Connectors.Store.Rows;

internal sealed record ProviderRow
{
    public const string Columns = """
        crm_target AS CrmTarget, crm_id AS CrmId, npi AS Npi, name AS Name, practice_crm_id AS PracticeCrmId,
        owner_id AS OwnerId, modified_on AS ModifiedOn
        """;

    public string CrmTarget { get; init; } = "";
    public string CrmId { get; init; } = "";
    public string? Npi { get; init; }
    public string Name { get; init; } = "";
    public string? PracticeCrmId { get; init; }
    public string? OwnerId { get; init; }
    public string? ModifiedOn { get; init; }

    public static ProviderRow From(Provider provider, string target) => new()
    {
        CrmTarget = target,
        CrmId = provider.CrmId,
        Npi = provider.Npi,
        Name = provider.Name,
        PracticeCrmId = provider.PracticeCrmId,
        OwnerId = provider.OwnerId,
        ModifiedOn = StoreText.Timestamp(provider.ModifiedOn),
    };

    public Provider ToProvider() =>
        new(CrmTarget, CrmId, Npi, Name, PracticeCrmId, OwnerId, StoreText.ParseNullableTimestamp(ModifiedOn));
}

internal sealed record PracticeRow
{
    public const string Columns = """
        crm_target AS CrmTarget, crm_id AS CrmId, practice_id AS PracticeId, name AS Name, owner_id AS OwnerId,
        modified_on AS ModifiedOn
        """;

    public string CrmTarget { get; init; } = "";
    public string CrmId { get; init; } = "";
    public string? PracticeId { get; init; }
    public string Name { get; init; } = "";
    public string? OwnerId { get; init; }
    public string? ModifiedOn { get; init; }

    public static PracticeRow From(Practice practice, string target) => new()
    {
        CrmTarget = target,
        CrmId = practice.CrmId,
        PracticeId = practice.PracticeId,
        Name = practice.Name,
        OwnerId = practice.OwnerId,
        ModifiedOn = StoreText.Timestamp(practice.ModifiedOn),
    };

    public Practice ToPractice() =>
        new(CrmTarget, CrmId, PracticeId, Name, OwnerId, StoreText.ParseNullableTimestamp(ModifiedOn));
}

internal sealed record ActivityRow
{
    public const string Columns = """
        crm_target AS CrmTarget, crm_id AS CrmId, kind AS Kind, subject AS Subject, occurred_on AS OccurredOn,
        regarding_crm_id AS RegardingCrmId, regarding_type AS RegardingType, owner_id AS OwnerId, modified_on AS ModifiedOn
        """;

    public string CrmTarget { get; init; } = "";
    public string CrmId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string? Subject { get; init; }
    public string? OccurredOn { get; init; }
    public string? RegardingCrmId { get; init; }
    public string? RegardingType { get; init; }
    public string? OwnerId { get; init; }
    public string? ModifiedOn { get; init; }

    public static ActivityRow From(OutreachActivity activity, string target) => new()
    {
        CrmTarget = target,
        CrmId = activity.CrmId,
        Kind = activity.Kind,
        Subject = activity.Subject,
        OccurredOn = StoreText.Timestamp(activity.OccurredOn),
        RegardingCrmId = activity.RegardingCrmId,
        RegardingType = activity.RegardingType,
        OwnerId = activity.OwnerId,
        ModifiedOn = StoreText.Timestamp(activity.ModifiedOn),
    };

    public OutreachActivity ToActivity() => new(
        CrmTarget, CrmId, Kind, Subject, StoreText.ParseNullableTimestamp(OccurredOn), RegardingCrmId, RegardingType,
        OwnerId, StoreText.ParseNullableTimestamp(ModifiedOn));
}
