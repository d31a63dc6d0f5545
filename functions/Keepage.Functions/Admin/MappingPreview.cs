namespace Keepage.Functions.Admin;

/// <summary>
/// The first records of a sample as the profile maps them: a canonical referral, an update, or the rejection reason.
/// Patient ids are pseudonymised with a key made for this preview alone, so they cannot be matched to stored data.
/// </summary>
public sealed record MappingPreview(IReadOnlyList<PreviewRecord> Records, IReadOnlyList<MappingError> Errors);
