using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>
/// Flattens a parsed document into numbered units in file order, Bundles (of any type, nested too) into their entries.
/// A parse issue rejects only the entry it is in; issues on the Bundle's own elements are ignored, as nothing is read
/// from them. Entries of transaction responses and deletions carry no resource and give no unit.
/// </summary>
internal static class FhirUnits
{
    public static List<FhirUnit> Of(ParsedDocument document, RecordNumbers numbers)
    {
        if (document.Problem is not null)
            return [new FhirUnit(numbers.Next(), null, null, document.Problem)];
        List<FhirUnit> units = [];
        if (document.Resource is { } resource)
            Add(new Flattening(units, document.Issues, numbers), resource, null, resource.TypeName, isRoot: true);
        return units;
    }

    private static void Add(Flattening flattening, Resource resource, string? fullUrl, string path, bool isRoot)
    {
        if (resource is not Bundle bundle)
        {
            flattening.Add(fullUrl, resource, flattening.IssueFor(path, isRoot));
            return;
        }
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entryPath = $"{path}.entry[{i}]";
            var (entryResource, entryUrl, problem) = Read(bundle.Entry[i]);
            if (entryResource is not null)
                Add(flattening, entryResource, entryUrl, entryPath + ".resource", false);
            else if ((problem ?? flattening.IssueFor(entryPath, false)) is { } entryProblem)
                flattening.Add(entryUrl, null, entryProblem);
        }
    }

    // Firely stores a wrongly typed value and throws when the property is read; its message quotes the value.
    private static (Resource? Resource, string? FullUrl, string? Problem) Read(Bundle.EntryComponent entry)
    {
        try
        {
            return (entry.Resource, entry.FullUrl, null);
        }
        catch (CodedException exception)
        {
            return (null, null, FhirIssues.Reason(exception));
        }
    }

    private sealed record Flattening(List<FhirUnit> Units, IReadOnlyList<CodedException> Issues, RecordNumbers Numbers)
    {
        public void Add(string? fullUrl, Resource? resource, string? problem) =>
            Units.Add(new FhirUnit(Numbers.Next(), problem is null ? resource : null, fullUrl, problem));

        public string? IssueFor(string path, bool isRoot) =>
            Issues.FirstOrDefault(issue => Belongs(issue, path, isRoot)) is { } issue ? FhirIssues.Reason(issue) : null;

        private static bool Belongs(CodedException issue, string path, bool isRoot) =>
            (issue as ExtendedCodedException)?.InstancePath is not { Length: > 0 } issuePath
                ? isRoot
                : issuePath == path
                  || issuePath.StartsWith(path + ".", StringComparison.Ordinal)
                  || issuePath.StartsWith(path + "[", StringComparison.Ordinal)
                  || (isRoot && (issuePath.StartsWith("$this", StringComparison.Ordinal) || !issuePath.Contains('.', StringComparison.Ordinal)));
    }
}
