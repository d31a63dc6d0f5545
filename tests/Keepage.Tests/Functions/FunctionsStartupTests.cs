using System.Reflection;
using Keepage.Functions.Health;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Keepage.Tests.Functions;

public sealed class FunctionsStartupTests
{
    [Fact]
    public async Task AMissingSettingFailsStartUpWithAMessageNamingIt()
    {
        var settings = FunctionsSettings.Valid();
        settings.Remove("Keepage:Ingest:PatientKey");
        using var host = FunctionsSettings.Builder(settings).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Keepage:Ingest:PatientKey is required", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Keepage:Ingest:PatientKey", "c2hvcnQ=", "Keepage:Ingest:PatientKey must be base64 of at least 32 bytes")]
    [InlineData("Keepage:Store:ConnectionString", "state/keepage.db", "must be a PostgreSQL connection string")]
    [InlineData("Keepage:Ingest:DefaultProfile", "no-such-profile", "There is no built-in mapping profile named 'no-such-profile'")]
    public async Task AnUnusableSettingFailsStartUpWithAMessageSayingWhy(string key, string value, string message)
    {
        var settings = FunctionsSettings.Valid();
        settings[key] = value;
        using var host = FunctionsSettings.Builder(settings).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAShortPatientKeyWithoutQuotingIt()
    {
        var settings = FunctionsSettings.Valid();
        settings["Keepage:Ingest:PatientKey"] = "c2VjcmV0LWtleS1zaG9ydA==";
        using var host = FunctionsSettings.Builder(settings).Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.DoesNotContain("c2VjcmV0LWtleS1zaG9ydA==", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildsTheContainerWithValidateOnBuildAndValidateScopesAndCreatesEveryFunction()
    {
        var builder = FunctionsSettings.Builder(FunctionsSettings.Valid());
        await using var provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await using var scope = provider.CreateAsyncScope();

        var functions = typeof(Health).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<FunctionAttribute>() is not null))
            .ToList();

        Assert.Equal(9, functions.Count);
        Assert.All(functions, type => Assert.NotNull(ActivatorUtilities.CreateInstance(scope.ServiceProvider, type)));
    }
}
