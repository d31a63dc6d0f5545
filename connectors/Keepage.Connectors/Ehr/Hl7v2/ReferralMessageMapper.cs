using Keepage.Connectors.Ehr.Hl7v2.Wire;
using Keepage.Core.Ingest;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// REF^I12 (new referral) becomes a referral; REF^I13/I14/I15 and RRI^I12..I15 (modify, cancel, status query,
/// response) become updates of the referral with the same RF1-6, so they never duplicate it. Field choices and
/// fallbacks follow ehr-formats.md 1.3 and 1.5; docs/hl7v2.md lists them.
/// </summary>
internal sealed class ReferralMessageMapper(Hl7v2Records records)
{
    public MappedRecord MapNew(int number, MessageFields fields)
    {
        var rf1 = fields.First("RF1");
        var referralId = ReferralId(fields, rf1);
        var status = Status(fields, rf1) ?? ReferralStatus.Pending;
        var date = fields.RequiredDate(
            "referral date is missing (RF1-7, RF1-9 and MSH-7 are empty)",
            new(rf1, 7, "effective date"), new(rf1, 9, "process date"), new(fields.Message.Header, 7, "message date"));
        var referringPrd = Hl7v2Providers.ByRole(fields.Message, "RP");
        var referring = Hl7v2Providers.FromPrd(referringPrd, fields)
            ?? Hl7v2Providers.FromXcn(fields.First("PV1"), 8, fields)
            ?? Hl7v2Providers.FromXcn(fields.First("PV2"), 13, fields);
        if (referring is null)
            fields.Problem("missing referring provider (no PRD with role RP, PV1-8 and PV2-13 are empty)");
        var referredToPrd = Hl7v2Providers.ByRole(fields.Message, "RT");
        var referredTo = WithNpi(Hl7v2Providers.FromPrd(referredToPrd, fields), Hl7v2Providers.FromXcn(rf1, 20, fields));
        var referral = new Referral
        {
            ReferralId = referralId ?? "",
            Source = "",
            ReferringNpi = referring?.Npi,
            ReferringName = referring?.Name,
            ReferringPracticeId = fields.Text(referringPrd, 10, 10),
            ReferringPracticeName = fields.Text(referringPrd, 10) ?? fields.Text(referringPrd, 4, 4),
            ReferredToNpi = referredTo?.Npi,
            ReferredToDepartment = fields.Text(referredToPrd, 4) ?? fields.Text(referredToPrd, 4, 4) ?? fields.Text(rf1, 19),
            ReferralDate = date ?? default,
            Status = status,
            Payer = fields.Text(fields.First("IN1"), 4),
            Priority = Priority(fields.Text(rf1, 2)),
        };
        return records.Referral(number, fields, referral, referring, referredTo);
    }

    /// <summary>I14 cancels whatever RF1-1 says; the others carry RF1-1 as the status, if any.</summary>
    public MappedRecord MapChange(int number, MessageFields fields, string trigger)
    {
        var rf1 = fields.First("RF1");
        var referralId = ReferralId(fields, rf1);
        var status = trigger == "I14" ? ReferralStatus.Cancelled : Status(fields, rf1);
        return records.Update(number, fields, referralId, status);
    }

    // RF1-6 is the referral's business key; RF1-11 (external referral id) is the documented fallback.
    private static string? ReferralId(MessageFields fields, Hl7v2Segment? rf1)
    {
        if (rf1 is null)
            return fields.Problem("RF1 segment is missing");
        return fields.RequiredText("RF1-6 originating referral identifier is missing (and RF1-11)", new(rf1, 6), new(rf1, 11));
    }

    private ReferralStatus? Status(MessageFields fields, Hl7v2Segment? rf1)
    {
        var code = fields.Text(rf1, 1);
        var text = fields.Text(rf1, 1, 2);
        if (code is null && text is null)
            return null;
        if (Hl7v2Statuses.TryReferral(code, text, records.Options.ReferralStatusCodes, out var status))
            return status;
        fields.Problem("RF1-1 referral status is not a known code (table 0283 or a configured local code)");
        return null;
    }

    // A referred-to PRD without an NPI borrows it from RF1-20 (authorized health professional).
    private static ProviderIdentity? WithNpi(ProviderIdentity? provider, ProviderIdentity? fallback) =>
        provider is null ? fallback
        : provider.Npi is null && fallback?.Npi is not null ? fallback with { Name = provider.Name ?? fallback.Name }
        : provider;

    // RF1-2 (table 0280) and TQ1-9 use the same letters.
    internal static string? Priority(string? code) => code?.ToUpperInvariant() switch
    {
        null => null,
        "S" => "stat",
        "A" => "asap",
        "R" => "routine",
        _ => code,
    };
}
