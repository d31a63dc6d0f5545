using Keepage.Connectors.Ehr.Hl7v2.Wire;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// Limits and settings of the HL7 v2 reader. The limits bound what one hostile message can cost: a message over a
/// limit is rejected with a reason and the rest of the file is still read. See docs/hl7v2.md.
/// </summary>
public sealed record Hl7v2ReaderOptions
{
    public static Hl7v2ReaderOptions Default { get; } = new();

    /// <summary>Largest message kept in memory; larger ones are skipped unread (a base64 OBX-5 can be megabytes).</summary>
    public int MaxMessageBytes { get; init; } = 4 * 1024 * 1024;

    public int MaxSegmentsPerMessage { get; init; } = 5_000;

    public int MaxFieldsPerSegment { get; init; } = 1_000;

    /// <summary>Character set for messages whose MSH-18 is empty: <c>UNICODE UTF-8</c>, <c>ASCII</c> or <c>8859/1</c>.</summary>
    public string DefaultCharacterSet { get; init; } = Hl7v2CharacterSets.Utf8Name;

    /// <summary>PID-3 identifier types (CX-5) preferred as the patient id; without one, the first id that is not an SSN.</summary>
    public IReadOnlyList<string> PatientIdentifierTypes { get; init; } = ["MR", "MRN"];

    /// <summary>RF1-1 codes (or their text) and the status each means; local codes can be added here.</summary>
    public IReadOnlyDictionary<string, ReferralStatus> ReferralStatusCodes { get; init; } =
        new Dictionary<string, ReferralStatus>(StringComparer.OrdinalIgnoreCase)
        {
            ["P"] = ReferralStatus.Pending,
            ["A"] = ReferralStatus.Pending,
            ["R"] = ReferralStatus.Declined,
            ["E"] = ReferralStatus.Expired,
            ["C"] = ReferralStatus.Cancelled,
            ["Accepted"] = ReferralStatus.Pending,
            ["Rejected"] = ReferralStatus.Declined,
            ["Canceled"] = ReferralStatus.Cancelled,
        };

    /// <summary>Reject a referral whose NPI fails the check digit instead of keeping it with a flag.</summary>
    public bool RejectInvalidNpi { get; init; }

    internal void Validate()
    {
        if (MaxMessageBytes < 1024)
            throw new ArgumentException("MaxMessageBytes must be at least 1024.", nameof(MaxMessageBytes));
        if (MaxSegmentsPerMessage < 2)
            throw new ArgumentException("MaxSegmentsPerMessage must be at least 2.", nameof(MaxSegmentsPerMessage));
        if (MaxFieldsPerSegment < 30)
            throw new ArgumentException("MaxFieldsPerSegment must be at least 30 (SCH-27 and RF1-20 must be reachable).", nameof(MaxFieldsPerSegment));
        if (!Hl7v2CharacterSets.TryResolve(DefaultCharacterSet, out _))
            throw new ArgumentException("DefaultCharacterSet must be UNICODE UTF-8, ASCII or 8859/1.", nameof(DefaultCharacterSet));
        ArgumentNullException.ThrowIfNull(PatientIdentifierTypes);
        ArgumentNullException.ThrowIfNull(ReferralStatusCodes);
    }
}
