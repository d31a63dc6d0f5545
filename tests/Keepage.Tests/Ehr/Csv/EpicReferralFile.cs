using System.Text;

namespace Keepage.Tests.Ehr.Csv;

/// <summary>
/// Synthetic rows in the Epic EHI REFERRAL layout (TSV, CRLF, "M/d/yyyy h:mm:ss AM" timestamps, Epic internal provider
/// ids). The real samples are header-only by design; the header comes from there when present, else from the
/// columns the profile reads.
/// </summary>
internal static class EpicReferralFile
{
    public const string CrosswalkCsv =
        "provider_id,npi,name,practice_id,practice_name\r\n" +
        "REF-1001,1234567893,\"Byron, Ada MD\",P-1,Byron Family Practice\r\n" +
        "REF-1002,1245319599,Dr. Cy Young,P-2,Young Clinic\r\n" +
        "SER-2001,1497758544,Dr. Dee Specialist,,\r\n";

    public static readonly string[] ProfileColumns =
    [
        "REFERRAL_ID", "EXTERNAL_ID_NUM", "PAT_ID", "ENTRY_DATE", "RFL_STATUS_C_NAME", "REFERRING_PROV_ID_REFERRING_PROV_NAM",
        "REFERRING_PROV_ID", "REFERRAL_PROV_ID", "PROV_SPEC_C_NAME", "RFL_CLASS_C_NAME", "START_DATE", "PAYOR_ID_PAYOR_NAME",
        "REFD_TO_DEPT_ID", "REFD_TO_SPEC_C_NAME", "PRIORITY_C_NAME",
    ];

    public static Dictionary<string, string> Row(string referralId) => new()
    {
        ["REFERRAL_ID"] = referralId,
        ["PAT_ID"] = "Z" + referralId,
        ["ENTRY_DATE"] = "1/9/2020 12:00:00 AM",
        ["RFL_STATUS_C_NAME"] = "Authorized",
        ["REFERRING_PROV_ID_REFERRING_PROV_NAM"] = "BYRON, ADA",
        ["REFERRING_PROV_ID"] = "REF-1001",
        ["REFERRAL_PROV_ID"] = "SER-2001",
        ["PROV_SPEC_C_NAME"] = "Cardiology",
        ["RFL_CLASS_C_NAME"] = "Outgoing",
        ["START_DATE"] = "1/10/2020 12:00:00 AM",
        ["PAYOR_ID_PAYOR_NAME"] = "ACME HEALTH",
        ["PRIORITY_C_NAME"] = "Routine",
    };

    public static byte[] Tsv(IReadOnlyList<string> header, IEnumerable<Dictionary<string, string>> rows)
    {
        var text = new StringBuilder(string.Join('\t', header)).Append("\r\n");
        foreach (var row in rows)
            text.Append(string.Join('\t', header.Select(column => row.GetValueOrDefault(column, "")))).Append("\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The real REFERRAL header from ../shared/samples, or null when the samples are absent.</summary>
    public static string[]? SampleHeader()
    {
        var path = Path.Combine(RepositoryRoot.Path, "..", "shared", "samples", "csv", "epic-ehi_REFERRAL.header-only.tsv");
        return File.Exists(path) ? File.ReadAllLines(path)[0].Split('\t') : null;
    }
}
