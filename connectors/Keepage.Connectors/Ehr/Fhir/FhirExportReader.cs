using System.Runtime.CompilerServices;
using Keepage.Core.Ingest;
using Keepage.Core.Privacy;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Reads FHIR R4 exports: a single resource or a Bundle (any type) in JSON or XML, or bulk <c>$export</c> NDJSON streamed
/// line by line; the layout is told by content. ServiceRequest referrals become referrals; Appointment and Encounter
/// <c>basedOn</c> a ServiceRequest become updates; other resources are reference data for resolving requesters and
/// performers, remembered across the files this instance reads (so read Practitioner files before ServiceRequest files).
/// A bulk manifest or bulk client log gives no records. Bad content never throws: it is rejected with a PHI-free reason.
/// One instance reads one file at a time.
/// </summary>
public sealed class FhirExportReader : IExportReader
{
    private readonly FhirReadLimits _limits;
    private readonly FhirDocumentReader _documents;

    public FhirExportReader(PatientPseudonymizer pseudonymizer, string source, FhirReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        options ??= new FhirReaderOptions();
        ArgumentNullException.ThrowIfNull(options.ReferralCodes, nameof(options));
        _limits = options.Limits ?? throw new ArgumentException("Limits are required.", nameof(options));
        _limits.Validate();
        var providers = new ProviderDirectory(_limits.MaxRememberedReferences);
        var serviceRequests = new ServiceRequestIndex(_limits.MaxRememberedReferences);
        var requests = new ServiceRequestMapper(source.Trim(), new ReferralCodes(options.ReferralCodes), new ProviderResolver(providers), pseudonymizer);
        var events = new ReferralEventMapper(source.Trim(), new BasedOnReferrals(serviceRequests));
        _documents = new FhirDocumentReader(new FhirParser(_limits), new FhirUnitMapper(requests, events, providers, serviceRequests));
    }

    public async IAsyncEnumerable<MappedRecord> ReadAsync(Stream content, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = new BoundedLineReader(content, _limits.MaxLineBytes);
        var numbers = new RecordNumbers();
        var layout = FhirLayouts.Detect(await lines.PeekFirstContentLineAsync(cancellationToken));
        if (layout == FhirLayout.Ndjson)
        {
            await foreach (var record in ReadNdjsonAsync(lines, numbers, cancellationToken))
                yield return record;
            yield break;
        }
        foreach (var record in await ReadDocumentAsync(lines, layout, numbers, cancellationToken))
            yield return record;
    }

    private async IAsyncEnumerable<MappedRecord> ReadNdjsonAsync(
        BoundedLineReader lines, RecordNumbers numbers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.TooLong)
            {
                yield return MappedRecord.Rejected(numbers.Next(), $"the NDJSON line is longer than {_limits.MaxLineBytes} bytes");
                continue;
            }
            var json = FhirLayouts.Content(line.Bytes);
            if (json.IsEmpty)
                continue;
            foreach (var record in _documents.ReadJson(json, numbers))
                yield return record;
        }
    }

    private async Task<List<MappedRecord>> ReadDocumentAsync(
        BoundedLineReader lines, FhirLayout layout, RecordNumbers numbers, CancellationToken cancellationToken)
    {
        switch (layout)
        {
            case FhirLayout.Empty:
                return [];
            case FhirLayout.NotFhir:
                return [MappedRecord.Rejected(numbers.Next(), "the content is not FHIR JSON, NDJSON or XML")];
            case FhirLayout.Utf16Json:
                return [MappedRecord.Rejected(numbers.Next(), "the content is UTF-16; FHIR JSON and NDJSON must be UTF-8")];
        }
        var bytes = await lines.ReadRestAsync(_limits.MaxDocumentBytes, cancellationToken);
        if (bytes is null)
            return [MappedRecord.Rejected(numbers.Next(), $"the document is larger than {_limits.MaxDocumentBytes} bytes")];
        return layout == FhirLayout.XmlDocument
            ? _documents.ReadXml(bytes, numbers)
            : _documents.ReadJson(FhirLayouts.Content(bytes), numbers);
    }
}
