using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// HL7 status codes to canonical statuses: RF1-1 (table 0283 plus configured local codes), ORC-1 order control
/// (table 0119) with ORC-5 order status (table 0038), and SCH-25 filler status (table 0278). The table is in
/// docs/hl7v2.md.
/// </summary>
internal static class Hl7v2Statuses
{
    /// <summary>RF1-1: the code, then its text, through the configured codes and then the canonical names.</summary>
    public static bool TryReferral(string? code, string? text, IReadOnlyDictionary<string, ReferralStatus> codes, out ReferralStatus status)
    {
        foreach (var candidate in new[] { code, text })
        {
            if (candidate is null)
                continue;
            if (codes.TryGetValue(candidate, out status) || ReferralStatuses.TryParse(candidate, out status))
                return true;
        }
        status = default;
        return false;
    }

    /// <summary>ORC-1 says an order ended or was refused; otherwise ORC-5 says where it stands. Null: nothing said.</summary>
    public static ReferralStatus? Order(string? control, string? orderStatus, out bool known)
    {
        known = true;
        switch (control?.ToUpperInvariant())
        {
            case "CA" or "OC" or "CR" or "DC" or "OD" or "DR":
                return ReferralStatus.Cancelled;
            case "UA":
                return ReferralStatus.Declined;
        }
        switch (orderStatus?.ToUpperInvariant())
        {
            case null:
                return null;
            case "CM":
                return ReferralStatus.Completed;
            case "SC":
                return ReferralStatus.Scheduled;
            case "CA" or "DC":
                return ReferralStatus.Cancelled;
            case "A" or "IP" or "HD" or "RP":
                return ReferralStatus.Pending;
            default:
                known = false;
                return null;
        }
    }

    /// <summary>SCH-25 when it says more than "booked": the visit happened, was missed, or is off.</summary>
    public static ReferralStatus? Appointment(string? code, string? text) =>
        (code ?? text)?.ToUpperInvariant() switch
        {
            "COMPLETE" => ReferralStatus.Completed,
            "NOSHOW" => ReferralStatus.NoShow,
            "CANCELLED" or "DC" or "DELETED" => ReferralStatus.Cancelled,
            _ => null,
        };
}
