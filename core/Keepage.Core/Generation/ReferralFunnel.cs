using Keepage.Core.Referrals;

namespace Keepage.Core.Generation;

// Moves a referral through referred -> scheduled -> appointment -> completed as of the export date: some are
// declined, some never scheduled (pending while young, expired after 90 days), then some cancelled or no-shows. Dates
// only ever move forward; anything that would land on or after the as-of date has not happened yet.
internal static class ReferralFunnel
{
    private const int ExpiryDays = 90;

    public static Referral Apply(Referral referral, Random rng, DateOnly asOf)
    {
        var urgent = referral.Priority != "routine";
        var roll = rng.NextDouble();
        if (roll < 0.04)
            return referral with { Status = ReferralStatus.Declined };
        if (roll < 0.10)
            return referral with { Status = asOf.DayNumber - referral.ReferralDate.DayNumber > ExpiryDays ? ReferralStatus.Expired : ReferralStatus.Pending };
        var scheduled = referral.ReferralDate.AddDays(1 + rng.Days(urgent ? 1.5 : 6));
        if (scheduled >= asOf)
            return referral with { Status = ReferralStatus.Pending };
        var appointment = scheduled.AddDays((urgent ? 1 : 3) + rng.Days(urgent ? 4 : 12));
        if (appointment >= asOf)
            return referral with { Status = ReferralStatus.Scheduled, ScheduledDate = scheduled, AppointmentDate = appointment };
        roll = rng.NextDouble();
        return roll switch
        {
            < 0.07 => referral with { Status = ReferralStatus.Cancelled, ScheduledDate = scheduled },
            < 0.12 => referral with { Status = ReferralStatus.NoShow, ScheduledDate = scheduled, AppointmentDate = appointment },
            _ => referral with
            {
                Status = ReferralStatus.Completed, ScheduledDate = scheduled, AppointmentDate = appointment, CompletedDate = appointment,
            },
        };
    }
}
