using Azure.Storage.Blobs.Models;
using Keepage.Cli.Commands;
using Keepage.Connectors.Files;
using Keepage.Tests.Files;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Cli;

public sealed class RunFromBlobTests : IDisposable
{
    private readonly TempState _folder = new();
    private readonly string _keyVariable = "KEEPAGE_TEST_KEY_" + Guid.NewGuid().ToString("N");
    private readonly string _storageVariable = "KEEPAGE_TEST_STORAGE_" + Guid.NewGuid().ToString("N");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestsTheMatchingBlobsOfAContainerSourceAndTagsThemSoTheNextRunSkipsThem()
    {
        var container = await Azurite.NewContainerAsync();
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "profiles", "example-clinic.csv");
        await container.UploadBlobAsync("in/example-clinic.csv", BinaryData.FromBytes(await File.ReadAllBytesAsync(sample, Cancellation)), Cancellation);
        await container.UploadBlobAsync("in/readme.txt", BinaryData.FromString("not an export"), Cancellation);
        await container.UploadBlobAsync("elsewhere/other.csv", BinaryData.FromString("Referral ID\n"), Cancellation);
        Environment.SetEnvironmentVariable(_keyVariable, Convert.ToBase64String(new byte[32]));
        Environment.SetEnvironmentVariable(_storageVariable, Environment.GetEnvironmentVariable(Azurite.Variable));
        var config = _folder.File("keepage.yaml");
        File.WriteAllText(config, $"""
            store:
              path: state/keepage.db
            privacy:
              patientKey: env:{_keyVariable}
            sources:
              - name: clinic
                blob:
                  connectionString: env:{_storageVariable}
                  container: {container.Name}
                  prefix: in/
                profile: {Path.Combine(RepositoryRoot.Path, "samples", "profiles", "example-clinic.yaml")}
            analysis:
              asOf: 2024-03-01
            """);

        var dry = await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: true, Cancellation);
        var first = await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: false, Cancellation);
        var second = await RunCommand.RunAsync(config, null, new NullRunObserver(), verbose: false, dryRun: false, Cancellation);

        Assert.Equal((1, 1, 0), (dry.Files, first.Files, second.Files));
        Assert.Equal((9, 1), (dry.Accepted, dry.Quarantined));
        Assert.Equal((0, 9), (first.Accepted, first.Duplicates));
        var states = new Dictionary<string, string?>();
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, Cancellation))
            states[blob.Name] = blob.Metadata.TryGetValue(BlobContainerSource.StateKey, out var state) ? state : null;
        Assert.Equal("processed", states["in/example-clinic.csv"]);
        Assert.Null(states["in/readme.txt"]);
        Assert.Null(states["elsewhere/other.csv"]);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_keyVariable, null);
        Environment.SetEnvironmentVariable(_storageVariable, null);
        _folder.Dispose();
    }
}
