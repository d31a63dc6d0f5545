using System.Reflection;
using System.Text.Json;
using Keepage.Tests.Mapping;

namespace Keepage.Tests.Functions;

/// <summary>
/// The Functions SDK writes functions.metadata at build time; the host indexes the app from it. The host itself
/// cannot run here, so the file is the proof that every trigger is declared as intended.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Functions = new(Load);

    [Theory]
    [InlineData("Health", "Anonymous", "get", "health")]
    [InlineData("ValidateMapping", "Function", "post", "admin/mappings/validate")]
    [InlineData("PreviewMapping", "Function", "post", "admin/mappings/preview")]
    [InlineData("RunNow", "Function", "post", "admin/run")]
    [InlineData("LastRuns", "Function", "get", "admin/runs")]
    public void DeclaresTheHttpFunctions(string name, string authLevel, string method, string route)
    {
        var trigger = Trigger(name, "httpTrigger");

        Assert.Equal((authLevel, route), (trigger.GetProperty("authLevel").GetString(), trigger.GetProperty("route").GetString()));
        Assert.Equal([method], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains(Bindings(name), binding => binding.GetProperty("type").GetString() == "http" && binding.GetProperty("direction").GetString() == "Out");
    }

    [Theory]
    [InlineData("SyncCrmTimer", "0 5 * * * *")]
    [InlineData("AnalyzeTimer", "0 20 * * * *")]
    [InlineData("DrainPublishWork", "30 * * * * *")]
    public void DeclaresTheTimerFunctions(string name, string schedule) =>
        Assert.Equal(schedule, Trigger(name, "timerTrigger").GetProperty("schedule").GetString());

    [Fact]
    public void DeclaresTheEventGridBlobTriggerOnTheExportsContainer()
    {
        var trigger = Trigger("IngestArrivedExport", "blobTrigger");

        Assert.Equal("exports/{source}/{name}", trigger.GetProperty("path").GetString());
        Assert.Equal(("EventGrid", "ExportStorage"), (trigger.GetProperty("source").GetString(), trigger.GetProperty("connection").GetString()));
    }

    [Fact]
    public void DeclaresNoOtherFunctions() =>
        Assert.Equal(
            ["AnalyzeTimer", "DrainPublishWork", "Health", "IngestArrivedExport", "LastRuns", "PreviewMapping", "RunNow", "SyncCrmTimer", "ValidateMapping"],
            Functions.Value.Keys.Order(StringComparer.Ordinal));

    private static JsonElement Trigger(string function, string type) =>
        Assert.Single(Bindings(function), binding => binding.GetProperty("type").GetString() == type && binding.GetProperty("direction").GetString() == "In");

    private static IEnumerable<JsonElement> Bindings(string function)
    {
        Assert.True(Functions.Value.TryGetValue(function, out var metadata), $"functions.metadata has no function '{function}'");
        return metadata.GetProperty("bindings").EnumerateArray();
    }

    private static Dictionary<string, JsonElement> Load()
    {
        var configuration = typeof(FunctionsMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = RepositoryFiles.Path("functions", "Keepage.Functions", "bin", configuration, "net10.0", "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build functions/Keepage.Functions in {configuration} first (the test project references it, so building the tests does).");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone(), StringComparer.Ordinal);
    }
}
