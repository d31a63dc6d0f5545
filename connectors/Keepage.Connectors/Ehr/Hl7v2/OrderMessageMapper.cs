using Keepage.Connectors.Ehr.Hl7v2.Wire;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// Referral orders: OMG^O19 (the ONC 360X referral request) and ORM^O01 with ORC-1 = NW (or empty) become a
/// referral; any other order control, and OSU^O51 status updates, become an update of the referral with the same
/// order number. One referral per message: the first ORC and the OBR that follows it.
/// </summary>
internal sealed class OrderMessageMapper(Hl7v2Records records)
{
    public MappedRecord Map(int number, MessageFields fields, bool statusOnly)
    {
        var message = fields.Message;
        var orcIndex = message.IndexOf("ORC");
        var orc = orcIndex < 0 ? null : message.Segment(orcIndex);
        var obr = orcIndex < 0 ? message.First("OBR") : message.Following(orcIndex, "OBR", "ORC");
        var referralId = OrderNumber(fields, orc, obr);
        var control = fields.Text(orc, 1);
        var status = Hl7v2Statuses.Order(control, fields.Text(orc, 5), out var known);
        if (!known)
            fields.Problem("ORC-5 order status is not a known code (table 0038)");
        if (statusOnly || control is not null && !control.Equals("NW", StringComparison.OrdinalIgnoreCase))
            return records.Update(number, fields, referralId, status);
        return New(number, fields, orc, obr, referralId, status ?? ReferralStatus.Pending);
    }

    private MappedRecord New(
        int number, MessageFields fields, Hl7v2Segment? orc, Hl7v2Segment? obr, string? referralId, ReferralStatus status)
    {
        var date = fields.RequiredDate(
            "referral date is missing (ORC-9, OBR-6, OBR-7 and MSH-7 are empty)",
            new(orc, 9, "transaction date"), new(obr, 6, "requested date"), new(obr, 7, "observation date"),
            new(fields.Message.Header, 7, "message date"));
        var referring = Hl7v2Providers.FromXcn(orc, 12, fields)
            ?? Hl7v2Providers.FromXcn(obr, 16, fields)
            ?? Hl7v2Providers.FromXcn(fields.First("PV1"), 8, fields);
        if (referring is null)
            fields.Problem("missing referring provider (ORC-12, OBR-16 and PV1-8 are empty)");
        var referral = new Referral
        {
            ReferralId = referralId ?? "",
            Source = "",
            ReferringNpi = referring?.Npi,
            ReferringName = referring?.Name,
            ReferringPracticeId = fields.Text(orc, 21, 10),
            ReferringPracticeName = fields.Text(orc, 21),
            ReferralDate = date ?? default,
            Status = status,
            Payer = fields.Text(fields.First("IN1"), 4),
            Priority = ReferralMessageMapper.Priority(fields.Text(fields.First("TQ1"), 9) ?? fields.Text(orc, 7, 6)),
        };
        return records.Referral(number, fields, referral, referring, null);
    }

    // The placer order number is the referral id, as SCH-26 names it; the filler number stands in only when no
    // placer number was sent at all.
    private static string? OrderNumber(MessageFields fields, Hl7v2Segment? orc, Hl7v2Segment? obr)
    {
        if (orc is null && obr is null)
            return fields.Problem("ORC segment is missing (and OBR)");
        return fields.RequiredText(
            "ORC-2 placer order number is missing (and ORC-3, OBR-2, OBR-3)", new(orc, 2), new(obr, 2), new(orc, 3), new(obr, 3));
    }
}
