using System.Text.Json;

namespace Keepage.Connectors.Ehr.Fhir;

/// <summary>Counts objects directly inside any array named <c>entry</c>, so a Bundle's size is known before it is parsed.</summary>
internal sealed class EntryCounter
{
    private readonly Stack<int> _entryArrayDepths = new();
    private bool _afterEntryName;

    public int Count { get; private set; }

    public void SeeProperty(ref Utf8JsonReader reader) => _afterEntryName = reader.ValueTextEquals("entry"u8);

    public void SeeToken(JsonTokenType token, int depth)
    {
        var afterEntryName = _afterEntryName;
        _afterEntryName = false;
        switch (token)
        {
            case JsonTokenType.StartArray when afterEntryName:
                _entryArrayDepths.Push(depth);
                break;
            case JsonTokenType.StartObject when _entryArrayDepths.TryPeek(out var arrayDepth) && depth == arrayDepth + 1:
                Count++;
                break;
            case JsonTokenType.EndArray when _entryArrayDepths.TryPeek(out var arrayDepth) && depth == arrayDepth:
                _entryArrayDepths.Pop();
                break;
        }
    }
}
