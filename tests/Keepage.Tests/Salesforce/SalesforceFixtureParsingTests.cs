using Keepage.Connectors.Salesforce;
using Keepage.Connectors.Salesforce.Auth;
using Keepage.Connectors.Salesforce.Bulk;
using Keepage.Connectors.Salesforce.Reads;
using Keepage.Connectors.Salesforce.Writes;

namespace Keepage.Tests.Salesforce;

/// <summary>The connector's parsers against every recorded response in ../shared/fixtures/salesforce.</summary>
public sealed class SalesforceFixtureParsingTests
{
    [Fact]
    public void ReadsTheTokenResponseWithInstanceAndMillisecondIssuedAt()
    {
        var session = SalesforceSession.Parse(SalesforceFixtures.Read("oauth/restforce-auth_success_response.json"))!;

        Assert.Equal("https://na1.salesforce.com/", session.InstanceUrl.ToString());
        Assert.StartsWith("00Dx0000000BV7z!", session.AccessToken, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2010, 7, 6, 20, 40, 32, 702, TimeSpan.Zero), session.IssuedAt);
    }

    [Fact]
    public void ReadsTheOAuthErrorObject()
    {
        var error = Assert.Single(SalesforceError.Parse(SalesforceFixtures.Read("oauth/restforce-auth_error_response.json")));

        Assert.Equal(("invalid_grant", "authentication failure - Invalid Password"), (error.Code, error.Message));
        Assert.Null(SalesforceSession.Parse(SalesforceFixtures.Read("oauth/restforce-auth_error_response.json")));
    }

    [Theory]
    [InlineData("rest/applink-create-invalid-field.wiremock.json", "INVALID_FIELD", "")]
    [InlineData("rest/applink-create-required-field-missing.wiremock.json", "REQUIRED_FIELD_MISSING", "Website__c")]
    [InlineData("rest/applink-create-invalid-token.wiremock.json", "INVALID_SESSION_ID", "")]
    [InlineData("rest/applink-update-malformed-id.wiremock.json", "MALFORMED_ID", "Id")]
    [InlineData("rest/applink-delete-already-deleted.wiremock.json", "ENTITY_IS_DELETED", "")]
    [InlineData("query/applink-query-unknown-column.wiremock.json", "INVALID_FIELD", "")]
    public void ReadsTheRestErrorArray(string fixture, string code, string field)
    {
        var error = Assert.Single(SalesforceError.Parse(SalesforceFixtures.Stub(fixture).Body));

        Assert.Equal(code, error.Code);
        Assert.NotEmpty(error.Message);
        Assert.Equal(field.Length == 0 ? [] : [field], error.Fields);
    }

    [Fact]
    public void ReadsTheCreateSaveResult()
    {
        var result = Assert.Single(SaveResult.ParseAll(SalesforceFixtures.Stub("rest/applink-create.wiremock.json").Body));

        Assert.Equal(("a00B000000FSkcvIAD", true, (bool?)null), (result.Id, result.Success, result.Created));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void ReadsTheMultipleMatchUrls()
    {
        var urls = SaveResult.ParseMultipleMatches(SalesforceFixtures.Read("rest/restforce-upsert_multiple_error_response.json"));

        Assert.Equal(["/services/data/v23.0/sobjects/Whizbang/foo", "/services/data/v23.0/sobjects/Whizbang/bar"], urls);
    }

    [Fact]
    public void ReadsTheFirstQueryPageWithItsNextRecordsUrl()
    {
        var page = QueryPage.Parse(SalesforceFixtures.Read("query/netcoreforce-querybatch-batch-1.json"));

        Assert.Equal((800, false, "/services/data/v57.0/query/01gC000006QJJ7fIAH-200", 200), (page.TotalSize, page.Done, page.NextRecordsUrl, page.Records.Count));
        Assert.Equal("Contact", page.Records[0].GetProperty("attributes").GetProperty("type").GetString());
    }

    [Fact]
    public void ReadsDescribeFieldsWithExternalIdAndReferences()
    {
        var describe = SObjectDescribe.Parse(SalesforceFixtures.Read("describe/restforce-sobject_describe_success_response.json"));

        Assert.Equal("Whizbang", describe.Name);
        Assert.True(describe.Fields["Id"].IdLookup);
        Assert.Equal(["Group", "User"], describe.Fields["OwnerId"].ReferenceTo);
        Assert.Equal("Owner", describe.Fields["OwnerId"].RelationshipName);
        Assert.Contains("one", describe.Fields["Picklist_Field"].PicklistValues);
    }

    [Fact]
    public void ReadsIngestJobInfo()
    {
        var info = IngestJobInfo.Parse(SalesforceFixtures.Stub("bulk2/applink-get-info-7508z00000lSXvxQAG.wiremock.json").Body);

        Assert.Equal(("7508Z00000lSXvxQAG", "JobComplete", 3, 0, 53m), (info.Id, info.State, info.RecordsProcessed, info.RecordsFailed, info.ApiVersion));
        Assert.True(info.IsFinished);
    }

    [Fact]
    public void ReadsSuccessfulAndFailedIngestResults()
    {
        var successful = IngestResultRow.Parse(SalesforceFixtures.Stub("bulk2/applink-bulk-api-ingest-7508Z00000lSXvxQAG.wiremock.json").Body);
        var failed = IngestResultRow.Parse(SalesforceFixtures.Stub("bulk2/applink-bulk-api-injest-fail-7508Z00000lSXvxQAG.wiremock.json").Body);

        Assert.Equal(3, successful.Count);
        Assert.Equal(("0018Z00002rGc7YQAS", (bool?)true, "TestAccount1"), (successful[0].Id, successful[0].Created, successful[0].Columns["Name"]));
        Assert.Equal(2, failed.Count);
        Assert.Equal(("REQUIRED_FIELD_MISSING", "Required fields are missing: [Name]:Name", (string?)null), (failed[0].ErrorCode, failed[0].ErrorMessage, failed[0].Id));
    }

    [Fact]
    public void ReadsQueryJobResultsWithoutALocatorAsTheLastChunk()
    {
        var stub = SalesforceFixtures.Stub("bulk2/applink-bulk-api-query-get-7508Z00000lTqQCQA0-result.wiremock.json");

        var results = BulkQueryResults.Parse(stub.Body, stub.Headers["Sforce-NumberOfRecords"], stub.Headers.GetValueOrDefault("Sforce-Locator"));

        Assert.Equal((3, (string?)null), (results.NumberOfRecords, results.NextLocator));
        Assert.Equal("0018Z00002eGbDRQA0", results.Rows[0]["Id"]);
    }

    [Fact]
    public void EveryRecordedFixtureIsReadByATestHere()
    {
        var folder = SalesforceFixtures.Folder();
        var source = File.ReadAllText(Path.Combine(SalesforceFixtures.Repository()!, "tests", "Keepage.Tests", "Salesforce", nameof(SalesforceFixtureParsingTests) + ".cs"));

        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            Assert.Contains(Path.GetRelativePath(folder, file).Replace('\\', '/'), source, StringComparison.Ordinal);
    }
}
