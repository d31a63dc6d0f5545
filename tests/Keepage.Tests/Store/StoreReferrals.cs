using Keepage.Core.Referrals;

namespace Keepage.Tests.Store;

internal static class StoreReferrals
{
    public static Referral Full(string referralId = "R-1") => new()
    {
        ReferralId = referralId,
        Source = "clinic-a",
        PatientKey = new string('a', 64),
        ReferringNpi = "1234567893",
        ReferringName = "Dr. Ada Lovelace",
        ReferringPracticeId = "PR-9",
        ReferringPracticeName = "Northside, \"Family\" Medicine",
        ReferredToNpi = "1245319599",
        ReferredToDepartment = "Cardiology Clinic",
        Specialty = "Cardiology",
        ServiceLine = "Heart",
        ReferralDate = new DateOnly(2024, 3, 7),
        Status = ReferralStatus.NoShow,
        ScheduledDate = new DateOnly(2024, 3, 9),
        AppointmentDate = new DateOnly(2024, 3, 20),
        CompletedDate = null,
        InNetwork = false,
        ProcedureCode = "99243",
        Payer = "Acme Health",
        Priority = "routine",
        Flags = ["invalid_referred_to_npi", "missing_patient_id"],
    };

    public static Referral Minimal(string referralId) => new()
    {
        ReferralId = referralId,
        Source = "clinic-a",
        ReferringName = "Dr. B",
        ReferralDate = new DateOnly(2024, 1, 2),
        Status = ReferralStatus.Pending,
    };
}
