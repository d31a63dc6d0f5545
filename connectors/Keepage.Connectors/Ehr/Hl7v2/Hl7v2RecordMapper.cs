using Keepage.Connectors.Ehr.Hl7v2.Wire;
using Keepage.Core.Ingest;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// Dispatches a message on MSH-9.1 (message code) and MSH-9.2 (trigger event) only: MSH-9.3 (structure) varies
/// between senders for the same event (SIU_S15 where the standard says SIU_S12). Other messages are rejected as
/// unsupported, naming the type when it is a well-formed code.
/// </summary>
internal sealed class Hl7v2RecordMapper(Hl7v2Records records)
{
    private readonly ReferralMessageMapper _referrals = new(records);
    private readonly OrderMessageMapper _orders = new(records);
    private readonly ScheduleMessageMapper _appointments = new(records);

    public MappedRecord Map(int number, Hl7v2Message message)
    {
        var fields = new MessageFields(message);
        var code = fields.Text(message.Header, 9)?.ToUpperInvariant();
        var trigger = fields.Text(message.Header, 9, 2)?.ToUpperInvariant();
        if (fields.Problems.Count > 0)
            return MappedRecord.Rejected(number, string.Join("; ", fields.Problems));
        if (code is null)
            return MappedRecord.Rejected(number, "MSH-9 message type is missing");
        return (code, trigger) switch
        {
            ("REF", "I12") => _referrals.MapNew(number, fields),
            ("REF", "I13" or "I14" or "I15") or ("RRI", "I12" or "I13" or "I14" or "I15") => _referrals.MapChange(number, fields, trigger),
            ("OMG", "O19") or ("ORM", "O01") => _orders.Map(number, fields, statusOnly: false),
            ("OSU", "O51") => _orders.Map(number, fields, statusOnly: true),
            ("SIU", "S12" or "S13" or "S14" or "S15" or "S26") => _appointments.Map(number, fields, trigger),
            _ => MappedRecord.Rejected(number, $"unsupported message type {Describe(code, trigger)}"),
        };
    }

    // Only a code shaped like an HL7 code goes into the reason: the field could hold anything, PHI included.
    private static string Describe(string code, string? trigger) =>
        IsCode(code) && (trigger is null || IsCode(trigger)) ? (trigger is null ? code : $"{code}^{trigger}") : "(MSH-9 is not a valid code)";

    private static bool IsCode(string text) => text.Length == 3 && text.All(char.IsAsciiLetterOrDigit);
}
