namespace Keepage.Connectors.Ehr.Hl7v2.Samples;

/// <summary>One synthetic referral: enough to write its REF^I12 and, later, its SIU^S12.</summary>
internal sealed record SampleReferral(
    string ReferralId, DateTime ReferredAt, SampleParty Referring, SampleParty ReferredTo, SampleParty Patient, DateOnly BirthDate);
