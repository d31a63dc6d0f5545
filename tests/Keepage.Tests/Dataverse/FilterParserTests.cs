using System.Text.Json.Nodes;
using CsCheck;
using Keepage.Connectors.Dataverse;
using Keepage.Emulators.Dataverse.Http;
using Keepage.Emulators.Dataverse.Query;
using Keepage.Emulators.Dataverse.Storage;

namespace Keepage.Tests.Dataverse;

public sealed class FilterParserTests
{
    // Quotes, URL specials and the characters that break naive escaping, mixed with printable and non-ASCII text.
    private static readonly Gen<string> Text = Gen.String[
        Gen.OneOf(Gen.Char["'%&+#?/ ()=,\\\""], Gen.Char['\u0020', '\u007e'], Gen.Char['\u00a0', '\ud7ff'], Gen.Char['\0', '\u001f']), 0, 40];

    private static string LiteralOf(string filter) =>
        Assert.IsType<string>(Assert.IsType<ComparisonNode>(FilterParser.Parse(filter)).Right.Literal!.Value);

    [Fact]
    public void QuotedLiteralParsesBackToTheSameString() =>
        Text.Sample(value => Assert.Equal(value, LiteralOf($"name eq {ODataLiteral.Quote(value)}")));

    [Fact]
    public void QuotedLiteralSurvivesUrlEncodingAndDecoding() =>
        Text.Sample(value =>
        {
            var encoded = Uri.EscapeDataString(ODataLiteral.EqualsCondition("name", value));
            Assert.Equal(value, LiteralOf(QueryString.Decode(encoded)));
        });

    [Theory]
    [InlineData("O'Neil")]
    [InlineData("' or 1 eq 1 or '")]
    [InlineData("%27")]
    [InlineData("'&")]
    public void InjectionAttemptStaysOneLiteral(string value)
    {
        var node = Assert.IsType<ComparisonNode>(FilterParser.Parse(ODataLiteral.EqualsCondition("fullname", value)));
        Assert.Equal(("fullname", value), (node.Left.Property, node.Right.Literal!.Value));
    }

    [Fact]
    public void AndBindsTighterThanOrAndNotTighterThanAnd()
    {
        var node = Assert.IsType<LogicalNode>(FilterParser.Parse("a eq 1 or not b eq 2 and c eq 3"));
        Assert.False(node.IsAnd);
        var right = Assert.IsType<LogicalNode>(node.Right);
        Assert.True(right.IsAnd);
        Assert.IsType<NotNode>(right.Left);
    }

    [Theory]
    [InlineData("fullname eq 'ada quinn'", true)]
    [InlineData("contains(fullname,'QUI')", true)]
    [InlineData("startswith(fullname,'ada') and endswith(fullname,'inn')", true)]
    [InlineData("kpg_npi eq null", true)]
    [InlineData("fullname ne null and (kpg_score gt 4.5 or kpg_score lt 0)", true)]
    [InlineData("kpg_score ge 10", false)]
    [InlineData("contactid eq 3f2504e0-4f89-11d3-9a0c-0305e82c3301", true)]
    [InlineData("modifiedon ge 2025-03-01T00:00:00Z and modifiedon lt 2025-03-02", true)]
    [InlineData("not (statecode eq 0)", false)]
    [InlineData("donotemail eq false", true)]
    public void MatchesRowsAsDataverseDoes(string filter, bool expected)
    {
        var row = new StoredRow(new Guid("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), 1);
        row.Columns["contactid"] = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";
        row.Columns["fullname"] = "Ada Quinn";
        row.Columns["kpg_score"] = JsonNode.Parse("5.25");
        row.Columns["modifiedon"] = "2025-03-01T10:15:00Z";
        row.Columns["statecode"] = JsonNode.Parse("0");
        row.Columns["donotemail"] = false;

        Assert.Equal(expected, FilterEvaluator.Matches(FilterParser.Parse(filter), row));
    }

    [Theory]
    [InlineData("name eq 'unterminated")]
    [InlineData("name eq")]
    [InlineData("(name eq 'a'")]
    [InlineData("name eq 'a' and")]
    [InlineData("name has 'a'")]
    [InlineData("substringof('a',name)")]
    [InlineData("name eq 'a' ; drop")]
    public void MalformedFilterIsA400WithDataverseErrorShape(string filter)
    {
        var fault = Assert.Throws<ApiFault>(() => FilterParser.Parse(filter));
        Assert.Equal(400, fault.Status);
        Assert.Equal("0x80060888", fault.Code);
    }
}
