using System.Text.Json.Serialization;

namespace Keepage.Core.Messaging;

/// <summary>The one serializer context for work-item bodies: camelCase, enums as names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(WorkCommand))]
public sealed partial class WorkJsonContext : JsonSerializerContext;
