using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keepage.Core.Messaging;

/// <summary>
/// A command carried by a work item. Commands are imperative, carry keys only (never PHI, since message bodies show in
/// broker explorers), and are serialized through <see cref="WorkJsonContext"/> with a <c>command</c> discriminator.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(PublishCrmRecords), nameof(PublishCrmRecords))]
public abstract record WorkCommand
{
    /// <summary>The broker's <c>Subject</c>: the command's name, for operators filtering a queue.</summary>
    [JsonIgnore]
    public string Subject => GetType().Name;

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, WorkJsonContext.Default.WorkCommand);

    /// <summary>The command in <paramref name="body"/>, or null when the body is not a command this version knows.</summary>
    public static WorkCommand? TryRead(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body.Span, WorkJsonContext.Default.WorkCommand);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
