namespace Keepage.Core.Generation;

/// <summary>What the generator wrote: rows and how many an ingest should accept, quarantine or flag; CRM records.</summary>
public sealed record DemoCounts(
    int Rows,
    int AcceptedReferrals,
    int BadReferralDates,
    int MissingReferringProviders,
    int InvalidNpis,
    int Providers,
    int Practices,
    int Liaisons,
    int Contacts,
    int Appointments,
    int PhoneCalls);
