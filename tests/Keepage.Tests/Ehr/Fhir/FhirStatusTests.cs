using Keepage.Core.Referrals;
using static Keepage.Tests.Ehr.Fhir.FhirJson;

namespace Keepage.Tests.Ehr.Fhir;

/// <summary>ServiceRequest, Appointment and Encounter statuses and dates, per docs/fhir.md.</summary>
public sealed class FhirStatusTests
{
    private static readonly string Requester = Reference($"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|{ValidNpi}");

    [Theory]
    [InlineData("draft", ReferralStatus.Pending)]
    [InlineData("active", ReferralStatus.Pending)]
    [InlineData("on-hold", ReferralStatus.Pending)]
    [InlineData("unknown", ReferralStatus.Pending)]
    [InlineData("completed", ReferralStatus.Completed)]
    [InlineData("revoked", ReferralStatus.Cancelled)]
    public async Task MapsServiceRequestStatus(string status, ReferralStatus expected)
    {
        var referral = await FhirRead.ReferralAsync(ServiceRequest(status: status, requester: Requester));

        Assert.Equal(expected, referral.Status);
        Assert.Equal(new DateOnly(2024, 3, 5), referral.ReferralDate);
    }

    [Fact]
    public async Task RejectsServiceRequestEnteredInError()
    {
        Assert.Equal("ServiceRequest status is entered-in-error",
            await FhirRead.RejectionAsync(ServiceRequest(status: "entered-in-error", requester: Requester)));
    }

    [Fact]
    public async Task RejectsAnUnknownStatusCodeWithoutQuotingIt()
    {
        var reason = await FhirRead.RejectionAsync(ServiceRequest(status: "SECRET-CODE", requester: Requester));

        Assert.Equal("ServiceRequest.status is not a FHIR request status", reason);
    }

    [Fact]
    public async Task TakesTheReferralDateAsWrittenNotInUtc()
    {
        var referral = await FhirRead.ReferralAsync(ServiceRequest(requester: Requester, authoredOn: "2024-03-05T23:30:00-08:00"));

        Assert.Equal(new DateOnly(2024, 3, 5), referral.ReferralDate);
    }

    [Fact]
    public async Task FallsBackToTheOccurrenceDateWhenAuthoredOnIsPartial()
    {
        var request = ServiceRequest(requester: Requester, authoredOn: "2024", extra: "\"occurrencePeriod\":{\"start\":\"2024-02-01\"}");

        Assert.Equal(new DateOnly(2024, 2, 1), (await FhirRead.ReferralAsync(request)).ReferralDate);
    }

    [Fact]
    public async Task RejectsAReferralWithoutAnyDate()
    {
        Assert.Equal("ServiceRequest has no full authoredOn or occurrence date",
            await FhirRead.RejectionAsync(ServiceRequest(requester: Requester, authoredOn: null)));
    }

    [Theory]
    [InlineData("booked", ReferralStatus.Scheduled, "2024-03-20", "2024-04-02", null)]
    [InlineData("arrived", ReferralStatus.Completed, null, "2024-04-02", "2024-04-02")]
    [InlineData("checked-in", ReferralStatus.Completed, null, "2024-04-02", "2024-04-02")]
    [InlineData("fulfilled", ReferralStatus.Completed, null, "2024-04-02", "2024-04-02")]
    [InlineData("cancelled", ReferralStatus.Cancelled, null, null, null)]
    [InlineData("noshow", ReferralStatus.NoShow, null, "2024-04-02", null)]
    [InlineData("waitlist", ReferralStatus.Pending, null, null, null)]
    public async Task AppointmentUpdatesTheReferral(string status, ReferralStatus expected, string? scheduled, string? appointment, string? completed)
    {
        var update = await FhirRead.UpdateAsync(Appointment(status, Reference("ServiceRequest/sr-9")));

        Assert.Equal((FhirIngest.Source, "sr-9", expected), (update.Source, update.ReferralId, update.Status));
        Assert.Equal((Date(scheduled), Date(appointment), Date(completed)), (update.ScheduledDate, update.AppointmentDate, update.CompletedDate));
    }

    [Fact]
    public async Task FinishedEncounterCompletesTheReferralOnItsEndDate()
    {
        var update = await FhirRead.UpdateAsync(Encounter("finished", Reference("ServiceRequest/sr-9")));

        Assert.Equal((ReferralStatus.Completed, new DateOnly(2024, 4, 2), new DateOnly(2024, 4, 3)), (update.Status, update.AppointmentDate, update.CompletedDate));
    }

    [Fact]
    public async Task PlannedEncounterSchedulesTheReferral()
    {
        var update = await FhirRead.UpdateAsync(Encounter("planned", Reference("ServiceRequest/sr-9")));

        Assert.Equal((ReferralStatus.Scheduled, new DateOnly(2024, 4, 2)), (update.Status, update.AppointmentDate));
    }

    [Theory]
    [InlineData("entered-in-error", "Appointment status is entered-in-error")]
    [InlineData("whatever", "Appointment.status is not a FHIR appointment status")]
    public async Task RejectsAppointmentStatusesThatSayNothingAboutTheReferral(string status, string reason)
    {
        Assert.Equal(reason, await FhirRead.RejectionAsync(Appointment(status, Reference("ServiceRequest/sr-9"))));
    }

    [Fact]
    public async Task FindsTheReferralOfABasedOnIdentifierThroughTheServiceRequestIndex()
    {
        var request = ServiceRequest(id: "sr-logical", requester: Requester, extra: "\"identifier\":[{\"system\":\"urn:placer\",\"value\":\"PL-1\"}]");
        var basedOn = """{"identifier":{"system":"urn:placer","value":"PL-1"}}""";

        var records = await FhirRead.AllAsync(Bundle((null, request), (null, Appointment("booked", basedOn))));

        Assert.Equal("sr-logical", Assert.IsType<Keepage.Core.Ingest.ReferralUpdate>(records[1].Update).ReferralId);
    }

    [Fact]
    public async Task AppointmentNotBasedOnAReferralGivesNoRecord()
    {
        var appointment = """{"resourceType":"Appointment","id":"a","status":"booked","participant":[{"status":"accepted"}]}""";

        Assert.Empty(await FhirRead.AllAsync(appointment));
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
