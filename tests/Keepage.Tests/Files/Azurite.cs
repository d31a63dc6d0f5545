using Azure.Storage.Blobs;

namespace Keepage.Tests.Files;

/// <summary>
/// The Azurite Blob emulator test.sh starts (scripts/services/azurite.sh exports KEEPAGE_TEST_AZURITE_BLOB). Without
/// it a test skips with a clear message, so `dotnet test` alone still works; ./test.sh always provides it.
/// </summary>
internal static class Azurite
{
    public const string Variable = "KEEPAGE_TEST_AZURITE_BLOB";

    public static async Task<BlobContainerClient> NewContainerAsync()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(connection))
            Assert.Skip($"{Variable} is not set: run ./test.sh, which starts Azurite, to run the Blob source tests.");
        var container = new BlobServiceClient(connection).GetBlobContainerClient($"exports-{Guid.NewGuid():N}");
        await container.CreateAsync(cancellationToken: TestContext.Current.CancellationToken);
        return container;
    }
}
