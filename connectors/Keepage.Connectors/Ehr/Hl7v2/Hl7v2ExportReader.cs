using System.Runtime.CompilerServices;
using Keepage.Connectors.Ehr.Hl7v2.Wire;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;
using Keepage.Core.Referrals;

namespace Keepage.Connectors.Ehr.Hl7v2;

/// <summary>
/// Streams an HL7 v2 file (plain, MLLP-framed or FHS/BHS batch; CR, LF or CRLF; with or without BOM) message by
/// message and maps each: REF^I12 and new OMG^O19 / ORM^O01 orders to referrals; REF^I13..I15, RRI, OSU^O51 and
/// SIU^S12..S15/S26 to updates of a referral; anything else to a rejection with a reason. Record numbers are message
/// numbers (1-based; text outside any message counts as one); record 0 is a problem of the file as a whole. Bad
/// content never throws. See docs/hl7v2.md.
/// </summary>
public sealed class Hl7v2ExportReader : IExportReader
{
    private readonly Hl7v2ReaderOptions _options;
    private readonly Hl7v2RecordMapper _mapper;

    public Hl7v2ExportReader(PatientPseudonymizer pseudonymizer, string source, Hl7v2ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        options ??= Hl7v2ReaderOptions.Default;
        options.Validate();
        _options = options with
        {
            ReferralStatusCodes = new Dictionary<string, ReferralStatus>(options.ReferralStatusCodes, StringComparer.OrdinalIgnoreCase),
        };
        _mapper = new Hl7v2RecordMapper(new Hl7v2Records(pseudonymizer, source.Trim(), _options));
    }

    public async IAsyncEnumerable<MappedRecord> ReadAsync(Stream content, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var number = 0;
        await foreach (var raw in new Hl7v2MessageSplitter(_options).SplitAsync(content, cancellationToken))
        {
            if (raw.WholeFile)
            {
                yield return MappedRecord.Rejected(0, raw.Problem!);
                continue;
            }
            number++;
            var message = Hl7v2MessageDecoder.Decode(raw, _options, out var problem);
            yield return message is null ? MappedRecord.Rejected(number, problem!) : _mapper.Map(number, message);
        }
    }
}
