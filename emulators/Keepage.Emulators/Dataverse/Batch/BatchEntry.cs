namespace Keepage.Emulators.Dataverse.Batch;

/// <summary>A top-level $batch entry: one request, or a change set of requests that commit together.</summary>
internal sealed record BatchEntry(IReadOnlyList<MimePart> Requests, bool IsChangeSet)
{
    public static List<BatchEntry> Read(string body, string boundary) =>
        [.. MultipartReader.Read(body, boundary).Select(ToEntry)];

    private static BatchEntry ToEntry(MimePart part) =>
        MultipartReader.Boundary(part.Header("Content-Type")) is { } changeSetBoundary
            ? new BatchEntry(MultipartReader.Read(part.Content + "\r\n", changeSetBoundary), IsChangeSet: true)
            : new BatchEntry([part], IsChangeSet: false);
}
