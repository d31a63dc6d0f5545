using System.Text.Json.Serialization;

namespace Keepage.Cli.Output;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RunJson))]
[JsonSerializable(typeof(IngestJson))]
[JsonSerializable(typeof(PlanLine))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
