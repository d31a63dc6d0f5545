using System.Text;
using System.Text.Json;
using Keepage.Core.Ingest;
using Keepage.Functions.Admin;
using Keepage.Tests.Mapping;
using Keepage.Tests.Store;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Keepage.Tests.Functions;

public sealed class AdminEndpointsTests : IDisposable
{
    private const string Sample = """
        referral_id,patient_id,referring_npi,referring_name,referral_date,status
        A-1,PX-48213377,1234567893,Dr. A,2024-04-01,scheduled
        A-2,PX-99120456,1234567893,Dr. A,2024-04-31,pending
        A-3,PX-70031882,1245319599,Dr. C,2024-04-03,completed

        """;

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static HttpRequest Post(string body, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.QueryString = new QueryString(query);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return context.Request;
    }

    [Fact]
    public async Task ValidatesAProfileAndListsItsFields()
    {
        var yaml = await File.ReadAllTextAsync(RepositoryFiles.Path("mapping", "Keepage.Mapping", "Profiles", "canonical.yaml"), Cancellation);

        var result = Assert.IsType<OkObjectResult>(await new ValidateMapping().Run(Post(yaml), Cancellation));

        var validation = Assert.IsType<MappingValidation>(result.Value);
        Assert.True(validation.Valid);
        Assert.Equal("canonical", validation.Name);
        Assert.Contains("referral_date", validation.Fields);
    }

    [Fact]
    public async Task AnswersAnInvalidProfileWithTheLineAndColumnOfTheProblem()
    {
        const string yaml = "name: broken\nformat: csv\nfields:\n  referral_id: referral_id\n  referal_date: referral_date\n";

        var result = Assert.IsType<UnprocessableEntityObjectResult>(await new ValidateMapping().Run(Post(yaml), Cancellation));

        var error = Assert.Single(Assert.IsType<MappingValidation>(result.Value).Errors);
        Assert.NotNull(error.Line);
        Assert.NotNull(error.Column);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task PreviewsTheFirstRowsOfASampleWithoutStoringOrRevealingPatientIds()
    {
        var request = JsonSerializer.Serialize(new { sample = Sample, profile = "canonical", rows = 2 });

        var result = Assert.IsType<OkObjectResult>(await new PreviewMapping().Run(Post(request), Cancellation));

        var preview = Assert.IsType<MappingPreview>(result.Value);
        Assert.Equal([1, 2], preview.Records.Select(r => r.RecordNumber));
        Assert.Equal("A-1", preview.Records[0].Referral!.ReferralId);
        Assert.Matches("^[0-9a-f]{64}$", preview.Records[0].Referral!.PatientKey!);
        Assert.Null(preview.Records[1].Referral);
        Assert.Contains("referral_date", preview.Records[1].Rejection, StringComparison.Ordinal);
        Assert.DoesNotContain("PX-48213377", JsonSerializer.Serialize(preview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAPreviewWithoutASample() =>
        Assert.IsType<BadRequestObjectResult>(await new PreviewMapping().Run(Post("""{"profile":"canonical"}"""), Cancellation));

    [Fact]
    public async Task ListsTheLatestReceiptsNewestFirst()
    {
        var store = await _database.MigratedStoreAsync();
        foreach (var name in new[] { "a.csv", "b.csv", "c.csv" })
            await store.SaveReceiptAsync(new ExportReceipt(name, "sha-" + name, "clinic-a", 3, 3, 0, 0, 0, _database.Clock.GetUtcNow()), Cancellation);
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString("?count=2");

        var result = Assert.IsType<OkObjectResult>(await new LastRuns(store).Run(context.Request, Cancellation));

        Assert.Equal(["c.csv", "b.csv"], Assert.IsAssignableFrom<IEnumerable<ExportReceipt>>(result.Value).Select(r => r.FileName));
    }
}
