using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// SIU^S12/S13/S14/S15/S26 (booked, rescheduled, modified, cancelled, no-show) become updates of the referral named
/// by SCH-26 (placer order number), else SCH-27 (filler order number); never a new referral. An appointment that
/// names neither (common outside order-driven scheduling: the Microsoft samples leave both empty) is linked by its
/// patient and start instead, and the store finds the referral.
/// </summary>
internal sealed class ScheduleMessageMapper(Hl7v2Records records)
{
    public MappedRecord Map(int number, MessageFields fields, string trigger)
    {
        var sch = fields.First("SCH");
        var referralId = sch is null ? fields.Problem("SCH segment is missing") : fields.OptionalText(new(sch, 26), new(sch, 27));
        var start = fields.FirstDate(
            new(fields.First("TQ1"), 7, "start date"), new(fields.First("AIS"), 4, "start date"),
            new(fields.First("AIG"), 8, "start date"), new(fields.First("AIL"), 6, "start date"),
            new(fields.First("AIP"), 6, "start date"), new(sch, 11, "start date", Component: 4));
        var status = trigger switch
        {
            "S15" => ReferralStatus.Cancelled,
            "S26" => ReferralStatus.NoShow,
            _ => Hl7v2Statuses.Appointment(fields.Text(sch, 25), fields.Text(sch, 25, 2)) ?? ReferralStatus.Scheduled,
        };
        // The booking message is sent when the slot is booked, so its MSH-7 is the day the referral was scheduled.
        var scheduled = trigger == "S12" ? fields.Date(fields.Message.Header, 7, "message date") : null;
        var appointment = status == ReferralStatus.Cancelled ? null : start;
        var completed = status == ReferralStatus.Completed ? start : null;
        return referralId is null && sch is not null
            ? records.UpdateByPatient(number, fields, start, status, scheduled, appointment, completed)
            : records.Update(number, fields, referralId, status, scheduled, appointment, completed);
    }
}
