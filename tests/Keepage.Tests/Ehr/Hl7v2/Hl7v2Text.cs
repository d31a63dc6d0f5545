using System.Text;
using Keepage.Connectors.Ehr.Hl7v2;
using Keepage.Core.Ingest;

namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>Small synthetic messages for tests: segments joined with CR, read through the public reader.</summary>
internal static class Hl7v2Text
{
    public const string RefHeader = "MSH|^~\\&|GHH|GHHS|RHH|RHHF|20240301101500+0000||REF^I12^REF_I12|C1|P|2.5.1";

    public static string Message(params string[] segments) => string.Join("\r", segments) + "\r";

    /// <summary>A complete REF^I12: referral R-100 from Dr Ada Byron (NPI 1234567893) to NPI 1245319599.</summary>
    public static string Referral(string referralId = "R-100", string status = "P^Pending^HL70283", string type = "REF^I12^REF_I12") => Message(
        RefHeader.Replace("REF^I12^REF_I12", type, StringComparison.Ordinal),
        $"RF1|{status}|R^Routine^HL70280|Med^Medical^HL70281||O^Outpatient^HL70284|{referralId}^EPIC|20240301|20240601|20240302",
        "PRD|RP^Referring Provider^HL70286|BYRON^ADA^^^DR^MD||^^^BYRON CLINIC|||1234567893^NPI~PLN1001^SL|||BYRON FAMILY PRACTICE",
        "PRD|RT^Referred to Provider^HL70286|YOUNG^CY^^^DR^MD||CARDIOLOGY^^^HEART CENTER|||1245319599^NPI",
        "PID|1||MRN-CANARY-1^^^GHH^MR~999-00-1111^^^SSA^SS||CANARYNAME^PATIENT||19610615|F|||1 CANARY STREET^^TOWN^MI^48000",
        "IN1|1|BAV^Blue Advantage HMO||Blue Cross Blue Shield of Texas");

    /// <summary>A SIU booking of <paramref name="referralId"/> through SCH-26 on 2024-03-05, for 2024-03-20.</summary>
    public static string Booking(string referralId = "R-100", string trigger = "S12", string fillerStatus = "Booked") => Message(
        $"MSH|^~\\&|SCH|GHHS|RHH|RHHF|202403051120+0000||SIU^{trigger}^SIU_S12|C2|P|2.5.1",
        $"SCH|A-1|A-1|||||||60|min|^^60^202001011000^202001011100||||||||||||||{fillerStatus}|{referralId}^EPIC",
        "TQ1|||||||202403200930+0000|202403201030+0000",
        "PID|1||MRN-CANARY-1^^^GHH^MR||CANARYNAME^PATIENT||19610615|F");

    public static async Task<List<MappedRecord>> ReadAsync(string text, Hl7v2ReaderOptions? options = null) =>
        await ReadAsync(Encoding.UTF8.GetBytes(text), options);

    public static async Task<List<MappedRecord>> ReadAsync(byte[] bytes, Hl7v2ReaderOptions? options = null)
    {
        var reader = new Hl7v2ExportReader(Hl7v2Ingest.Pseudonymizer, Hl7v2Ingest.Source, options);
        var cancellationToken = TestContext.Current.CancellationToken;
        return await reader.ReadAsync(new MemoryStream(bytes), cancellationToken).ToListAsync(cancellationToken);
    }
}
