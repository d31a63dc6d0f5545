using System.CommandLine;
using System.Text.Json;
using Keepage.Cli.Commands;
using Keepage.Cli.Composition;
using Keepage.Core.Privacy;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Cli;

public sealed class IngestFormatsExportTests : IDisposable
{
    private const string Csv = """
        referral_id,source,patient_id,referring_npi,referring_name,referring_practice_id,referring_practice_name,referred_to_npi,referred_to_department,specialty,service_line,referral_date,status,scheduled_date,appointment_date,completed_date,in_network,procedure_code,payer,priority
        CSV-1,clinic,MRN-1,1234567893,Dr Ada Byron,P1,Byron Clinic,,Cardiology,Cardiology,Cardiology,2026-01-05,pending,,,,true,,,
        """;

    private const string Hl7 =
        "MSH|^~\\&|EHR|HOSP|KEEPAGE|HOSP|20260105120000||REF^I12|MSG1|P|2.5\r" +
        "RF1|P^Pending|R^Routine||||HL7-1|20260105\r" +
        "PRD|RP|Byron^Ada|||||1234567893^NPI\r" +
        "PID|1||MRN-2^^^HOSP^MR\r";

    private const string Fhir = """
        {"resourceType":"ServiceRequest","id":"FHIR-1","status":"active","intent":"order",
         "category":[{"coding":[{"system":"http://snomed.info/sct","code":"3457005"}]}],
         "subject":{"reference":"Patient/p3"},"authoredOn":"2026-01-06",
         "contained":[{"resourceType":"Practitioner","id":"dr","identifier":[{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}],"name":[{"family":"Byron","given":["Ada"]}]}],
         "requester":{"reference":"#dr"}}
        """;

    private readonly TempState _folder = new();

    [Fact]
    public async Task ExportsCanonicalReferralsFromCsvHl7AndFhirAsJson()
    {
        var ct = TestContext.Current.CancellationToken;
        var paths = new[] { ("referrals.csv", Csv), ("referral.hl7", Hl7), ("referral.json", Fhir) }
            .Select(f => { File.WriteAllText(_folder.File(f.Item1), f.Item2); return _folder.File(f.Item1); })
            .ToList();
        var state = StateDirectory.Open(_folder.File("state"));
        var reading = await ExportSources.ReadingAsync("canonical", null, null, new PatientPseudonymizer(new byte[32]), null, _folder.Path, ct);

        var results = await IngestCommand.RunAsync(state, reading, paths, null, new NullRunObserver(), verbose: false, ct);
        var output = _folder.File("referrals.json");
        var exit = await new RootCommand { ExportCommand.Create() }
            .Parse(["export", "referrals", "--state", state.Path, "--format", "json", "--out", output]).InvokeAsync(cancellationToken: ct);

        Assert.Equal(0, exit);
        Assert.Equal(3, IngestCommand.Ingested(results).Sum(r => r.Accepted));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output, ct));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["CSV-1", "FHIR-1", "HL7-1"], rows.Select(r => r.GetProperty("referral_id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal("1234567893", r.GetProperty("referring_npi").GetString()));
        Assert.All(rows, r => Assert.Equal("pending", r.GetProperty("status").GetString()));
        Assert.All(rows, r => Assert.Matches("^[0-9a-f]{64}$", r.GetProperty("patient_key").GetString()!));
    }

    public void Dispose() => _folder.Dispose();
}
