using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Keepage.Connectors.Salesforce;
using Keepage.Core.Crm;

namespace Keepage.Tests.Salesforce;

public sealed class SalesforceAuthTests
{
    [Fact]
    public async Task AnExpiredSessionIsRenewedOnceAndTheCallGoesThrough()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.Target.ReadAsync(TestContext.Current.CancellationToken);
        harness.Emulator.ExpireSessions();
        harness.Emulator.ClearRequests();

        var results = await harness.Target.UpsertAsync(SalesforceRecords.Kpis(3), TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.Equal(CrmWriteOutcome.Created, r.Outcome));
        Assert.Equal(1, harness.Emulator.Requests.Count(r => r.Status == 401));
        Assert.Equal(1, harness.Emulator.Requests.Count(r => r.IsToken));
    }

    [Fact]
    public async Task TheTokenIsReusedAcrossCalls()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        await harness.Target.ReadAsync(TestContext.Current.CancellationToken);
        await harness.Target.UpsertAsync(SalesforceRecords.Kpis(2), TestContext.Current.CancellationToken);

        Assert.Equal(1, harness.Emulator.Requests.Count(r => r.IsToken));
    }

    [Fact]
    public async Task JwtBearerSignsInWithTheConnectedAppCertificate()
    {
        using var key = RSA.Create(2048);
        await using var harness = await SalesforceHarness.StartAsync(
            emulator: o => o with { JwtCertificatePem = CertificatePem(key) },
            connector: o => (o.AuthFlow, o.Username, o.PrivateKeyPem, o.ClientSecret) = (SalesforceAuthFlow.JwtBearer, "integration@keepage.example", key.ExportPkcs8PrivateKeyPem(), null));

        var snapshot = await harness.Target.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal("salesforce", snapshot.CrmTarget);
    }

    [Fact]
    public async Task AnAssertionSignedWithAnotherKeyIsRefused()
    {
        using var registered = RSA.Create(2048);
        using var other = RSA.Create(2048);
        await using var harness = await SalesforceHarness.StartAsync(
            emulator: o => o with { JwtCertificatePem = CertificatePem(registered) },
            connector: o => (o.AuthFlow, o.Username, o.PrivateKeyPem) = (SalesforceAuthFlow.JwtBearer, "integration@keepage.example", other.ExportPkcs8PrivateKeyPem()));

        var error = await Assert.ThrowsAsync<SalesforceException>(() => harness.Target.ReadAsync(TestContext.Current.CancellationToken));

        Assert.Equal("invalid_grant", error.ErrorCode);
    }

    [Fact]
    public async Task AServerUnavailableAnswerIsRetriedByTheResilienceHandler()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.Target.UpsertAsync(SalesforceRecords.Kpis(1), TestContext.Current.CancellationToken);
        harness.Emulator.Faults.FailNextRequests(1);

        var results = await harness.Target.UpsertAsync(SalesforceRecords.Kpis(2), TestContext.Current.CancellationToken);

        Assert.Equal([CrmWriteOutcome.Updated, CrmWriteOutcome.Created], results.Select(r => r.Outcome));
        Assert.Contains(harness.Emulator.Requests, r => r.Status == 503);
    }

    private static string CertificatePem(RSA key)
    {
        var request = new CertificateRequest("CN=keepage-connected-app", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.ExportCertificatePem();
    }
}
