using Keepage.Core.Crm;
using Keepage.Core.Referrals;

namespace Keepage.Core.Generation;

/// <summary>
/// One generated demo: the referral rows (defects included), the CRM seed and the ground truth, with writers for
/// the three files. The same settings always give byte-identical files.
/// </summary>
public sealed class GeneratedDemoData
{
    internal GeneratedDemoData(
        GeneratorSettings settings, IReadOnlyList<DemoReferral> rows, DemoGroundTruth groundTruth, DemoCrm crm, IReadOnlyList<DemoProvider> providers)
    {
        Settings = settings;
        Rows = rows;
        GroundTruth = groundTruth;
        Crm = crm;
        Providers = providers;
    }

    public GeneratorSettings Settings { get; }

    /// <summary>Every row of the referrals CSV, in file order.</summary>
    public IReadOnlyList<DemoReferral> Rows { get; }

    public DemoGroundTruth GroundTruth { get; }

    internal DemoCrm Crm { get; }

    internal IReadOnlyList<DemoProvider> Providers { get; }

    /// <summary>The canonical referrals a conforming ingest keeps (no patient key: pseudonymising is ingest's job).</summary>
    public IReadOnlyList<Referral> AcceptedReferrals() =>
        Rows.Where(r => !r.IsQuarantinedOnIngest).Select(r => r.Referral).ToList();

    /// <summary>The CRM seed as a sync of it would read it (contacts, accounts, appointments and phone calls).</summary>
    public CrmSnapshot CrmSnapshot(string crmTarget) => DemoCrmSnapshot.From(Crm, crmTarget);

    public void WriteReferralsCsv(TextWriter writer) => ReferralCsvWriter.Write(Rows, writer);

    public void WriteDataverseSeed(TextWriter writer) => DataverseSeedWriter.Write(Crm, writer);

    public void WriteGroundTruth(TextWriter writer) => GroundTruthWriter.Write(GroundTruth, writer);
}
