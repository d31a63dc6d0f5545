using System.Globalization;
using System.Text.Json;

namespace Keepage.Core.Generation;

// Writes DemoGroundTruth as JSON with a fixed property order.
internal static class GroundTruthWriter
{
    public static void Write(DemoGroundTruth truth, TextWriter target) => JsonOutput.Write(target, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("seed", truth.Seed);
        json.WriteString("asOf", truth.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("lastCompleteMonth", truth.LastCompleteMonth);
        Counts(json, truth.Counts);
        json.WriteStartArray("anomalies");
        foreach (var anomaly in truth.Anomalies)
            Anomaly(json, anomaly);
        json.WriteEndArray();
        json.WriteStartArray("unmatchedNpis");
        foreach (var npi in truth.UnmatchedNpis)
            json.WriteStringValue(npi);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Counts(Utf8JsonWriter json, DemoCounts counts)
    {
        json.WriteStartObject("counts");
        json.WriteNumber("rows", counts.Rows);
        json.WriteNumber("acceptedReferrals", counts.AcceptedReferrals);
        json.WriteNumber("badReferralDates", counts.BadReferralDates);
        json.WriteNumber("missingReferringProviders", counts.MissingReferringProviders);
        json.WriteNumber("invalidNpis", counts.InvalidNpis);
        json.WriteNumber("providers", counts.Providers);
        json.WriteNumber("practices", counts.Practices);
        json.WriteNumber("liaisons", counts.Liaisons);
        json.WriteNumber("contacts", counts.Contacts);
        json.WriteNumber("appointments", counts.Appointments);
        json.WriteNumber("phonecalls", counts.PhoneCalls);
        json.WriteEndObject();
    }

    private static void Anomaly(Utf8JsonWriter json, PlantedAnomaly anomaly)
    {
        json.WriteStartObject();
        json.WriteString("rule", anomaly.Rule);
        json.WriteString("subjectType", anomaly.SubjectType);
        json.WriteString("subjectId", anomaly.SubjectId);
        json.WriteString("subjectName", anomaly.SubjectName);
        json.WriteString("practiceId", anomaly.PracticeId);
        json.WriteString("period", anomaly.Period);
        if (anomaly.Baseline is { } baseline)
            json.WriteNumber("baseline", baseline);
        json.WriteNumber("observed", anomaly.Observed);
        json.WriteEndObject();
    }
}
