using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// ServiceRequest.status (FHIR R4 request-status) to the referral status. A request still open (draft, active, on-hold,
/// unknown or not given) is pending; revoked is cancelled; entered-in-error was never a referral and is rejected.
/// </summary>
internal static class ServiceRequestStatuses
{
    public static ReferralStatus? Of(string? code, out string? problem)
    {
        problem = null;
        switch (code)
        {
            case null or "draft" or "active" or "on-hold" or "unknown":
                return ReferralStatus.Pending;
            case "completed":
                return ReferralStatus.Completed;
            case "revoked":
                return ReferralStatus.Cancelled;
            case "entered-in-error":
                problem = "ServiceRequest status is entered-in-error";
                return null;
            default:
                problem = "ServiceRequest.status is not a FHIR request status";
                return null;
        }
    }
}
