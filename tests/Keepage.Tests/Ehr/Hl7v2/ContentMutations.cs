namespace Keepage.Tests.Ehr.Hl7v2;

/// <summary>Malformed content inside well-framed messages: escapes, dates, sizes, types, required fields, statuses.</summary>
internal static class ContentMutations
{
    private static readonly string Ref = Hl7v2Text.Referral();

    public static string Order(string control = "NW", string placer = "ORD-7", string status = "", string date = "20240402") => Hl7v2Text.Message(
        "MSH|^~\\&|EHR|FAC|REF|RFAC|20240401120000-0500||OMG^O19^OMG_O19|C9|P|2.5.1",
        "PID|1||MRN-CANARY-1^^^FAC^MR||CANARYNAME^PATIENT",
        $"ORC|{control}|{placer}|||{status}||||{date}|||1679892871^Doolittle^Doctor^^^^^^^^^^NPI",
        $"OBR|1|{placer}||57133-1^Referral note^LN");

    public static IEnumerable<(string, string)> BrokenEscapes()
    {
        (string Field, string Find)[] places =
        [
            ("RF1-6", "R-100^EPIC"), ("RF1-7", "20240301|20240601"), ("PRD-2", "BYRON^ADA"), ("PRD-7", "1234567893^NPI"),
            ("PID-3", "MRN-CANARY-1^^^GHH^MR"), ("MSH-9", "REF^I12^REF_I12"),
        ];
        string[] sequences = ["\\F", "\\Q\\", "\\X4\\", "\\XZZ\\", "\\\\", "\\XC3\\", "\\.zz\\", "\\M12\\", "\\FF\\"];
        for (var i = 0; i < 18; i++)
        {
            var (field, find) = places[i % places.Length];
            var sequence = sequences[i % sequences.Length];
            var cut = find.IndexOfAny(['^', '|']);
            yield return ($"{field}-{i}", Ref.Replace(find, find.Insert(cut, sequence), StringComparison.Ordinal));
        }
    }

    public static IEnumerable<(string, string)> BadDates()
    {
        string[] dates = ["20241345", "20240230", "2024", "202401", "2024-01-01", "99999999", "20240101+9999", "20240101256000", "00000000", "2024013", "20240101.5", "１２３４５６７８"];
        foreach (var date in dates)
            yield return ($"rf1-7-{date}", Ref.Replace("|20240301|20240601|", $"|{date}|20240601|", StringComparison.Ordinal));
        yield return ("no-date-at-all", Ref.Replace("|20240301|20240601|20240302", "||20240601|", StringComparison.Ordinal)
            .Replace("20240301101500+0000", "", StringComparison.Ordinal));
        yield return ("bad-msh-7", Ref.Replace("|20240301|20240601|20240302", "||20240601|", StringComparison.Ordinal)
            .Replace("20240301101500+0000", "20240399", StringComparison.Ordinal));
        yield return ("siu-tq1-7", Hl7v2Text.Booking().Replace("202403200930+0000", "20241399", StringComparison.Ordinal));
        yield return ("orc-9", Order(date: "2024-04-02"));
    }

    public static IEnumerable<(string, string)> HugeFields()
    {
        var overLimit = new string('A', 4 * 1024 * 1024 + 10);
        yield return ("obx-5-4mib-cr", Ref + $"OBX|1|ED|PDF||^AP^PDF^Base64^{overLimit}\r");
        yield return ("obx-5-4mib-lf", (Ref + $"OBX|1|ED|PDF||^AP^PDF^Base64^{overLimit}\r").Replace('\r', '\n'));
        yield return ("msh-line-5mb-unterminated", "MSH|^~\\&|" + new string('B', 5 * 1024 * 1024));
        yield return ("stray-line-5mb", new string('C', 5 * 1024 * 1024));
        yield return ("rf1-6-2000", Ref.Replace("R-100^EPIC", new string('9', 2_000) + "^EPIC", StringComparison.Ordinal));
        yield return ("prd-2-2000", Ref.Replace("BYRON^ADA", new string('N', 2_000) + "^ADA", StringComparison.Ordinal));
        yield return ("pid-3-5000", Ref.Replace("MRN-CANARY-1^^^GHH^MR", new string('7', 5_000) + "^^^GHH^MR", StringComparison.Ordinal));
        yield return ("msh-9-2000", Ref.Replace("REF^I12^REF_I12", new string('R', 2_000) + "^I12", StringComparison.Ordinal));
        yield return ("rf1-2000-fields", Ref.Replace("RF1|", "RF1|" + new string('|', 2_000), StringComparison.Ordinal));
        yield return ("pid-1500-fields", Ref.Replace("PID|1|", "PID|1|" + new string('|', 1_500), StringComparison.Ordinal));
        yield return ("6000-segments", Ref + string.Concat(Enumerable.Repeat("NTE|1||n\r", 6_000)));
    }

    public static IEnumerable<(string, string)> UnsupportedTypes()
    {
        string[] types = ["ORU^R01^ORU_R01", "ADT^A01^ADT_A01", "ADT^A08", "ACK", "ACK^A01", "MDM^T02", "SIU^S17^SIU_S12", "SIU^S16",
            "QBP^Q11", "REF^I99", "RRI^I99", "OSU^O52", "MFN^M02", "VXU^V04", "DFT^P03"];
        foreach (var type in types)
            yield return (type.Replace('^', '-'), Hl7v2Text.Referral(type: type));
    }

    public static IEnumerable<(string, string)> MissingRequired()
    {
        yield return ("ref-no-rf1", Drop(Ref, "RF1|"));
        yield return ("rf1-6-empty", Ref.Replace("R-100^EPIC", "", StringComparison.Ordinal));
        yield return ("no-referring-provider", Drop(Ref, "PRD|RP"));
        yield return ("siu-no-sch", Drop(Hl7v2Text.Booking(), "SCH|"));
        // With SCH-26/27 empty an appointment is linked by patient; with PID-3 empty as well it names nothing.
        yield return ("siu-names-no-referral-or-patient", Hl7v2Text.Booking().Replace("R-100^EPIC", "", StringComparison.Ordinal)
            .Replace("MRN-CANARY-1^^^GHH^MR", "", StringComparison.Ordinal));
        yield return ("order-no-orc-obr", Drop(Drop(Order(), "ORC|"), "OBR|"));
        yield return ("order-no-number", Order(placer: ""));
        yield return ("order-no-provider", Order().Replace("1679892871^Doolittle^Doctor^^^^^^^^^^NPI", "", StringComparison.Ordinal));
        yield return ("rri-no-rf1", Drop(Hl7v2Text.Referral(type: "RRI^I12^RRI_I12"), "RF1|"));
        yield return ("i13-rf1-6-empty", Hl7v2Text.Referral("", type: "REF^I13^REF_I12"));
        yield return ("i14-no-rf1", Drop(Hl7v2Text.Referral(type: "REF^I14^REF_I12"), "RF1|"));
        yield return ("msh-9-empty", Hl7v2Text.Referral(type: ""));
    }

    public static IEnumerable<(string, string)> UnknownStatuses()
    {
        foreach (var status in new[] { "ZZ", "X^Unknown", "Q", "PENDINGX", "12" })
            yield return ($"rf1-1-{status.Replace('^', '-')}", Hl7v2Text.Referral(status: status));
        foreach (var status in new[] { "QQ", "ER", "ZZ", "SC1", "?" })
            yield return ($"orc-5-{status}", Order(status: status));
    }

    private static string Drop(string message, string segmentStart) =>
        string.Join("\r", message.Split('\r').Where(line => !line.StartsWith(segmentStart, StringComparison.Ordinal)));
}
