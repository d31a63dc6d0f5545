namespace Keepage.Connectors.Ehr.Hl7v2.Samples;

/// <summary>What <see cref="Hl7v2SampleWriter"/> wrote: REF^I12 referrals and SIU^S12 bookings of some of them.</summary>
public sealed record Hl7v2SampleCounts(int Referrals, int Appointments)
{
    public int Messages => Referrals + Appointments;
}
