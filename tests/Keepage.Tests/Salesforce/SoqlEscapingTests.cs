using CsCheck;
using Keepage.Connectors.Salesforce.Soql;
using Keepage.Emulators.Salesforce.Http;
using Keepage.Emulators.Salesforce.Soql;

namespace Keepage.Tests.Salesforce;

/// <summary>The connector's escaping against the emulator's lexer and parser: a value is always exactly one literal.</summary>
public sealed class SoqlEscapingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    // Quotes, backslashes, LIKE wildcards, line breaks, control characters, lone surrogates and any other character.
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Char["'\\%_\"\n\r\t\b\f\0 ()=ORAND"],
            Gen.Char['\uD800', '\uDFFF'],
            Gen.Char)
        .Array[0, 30]
        .Select(chars => new string(chars));

    [Fact]
    public void EscapedValueParsesAsTheSameSingleLiteral()
    {
        Text.Sample(text =>
        {
            var soql = SoqlQuery.From("Contact").Select("Id").WhereEquals("LastName", text).ToString();

            var where = Assert.IsType<ComparisonCondition>(SoqlParser.Parse(soql, Now).Where);

            Assert.Equal(text, Assert.IsType<StringValue>(where.Value).Text);
        });
    }

    [Fact]
    public void EscapedLikePatternMatchesTheValueLiterally()
    {
        Text.Sample(text =>
        {
            var soql = SoqlQuery.From("Contact").Select("Id").WhereLike("LastName", text, anyAfter: true).ToString();

            var like = Assert.IsType<LikeCondition>(SoqlParser.Parse(soql, Now).Where);

            Assert.True(LikePattern.Matches(like.Pattern, text + "tail"));
            if (text.Length > 0)
                Assert.False(LikePattern.Matches(like.Pattern, (char.ToUpperInvariant(text[0]) == 'Q' ? "R" : "Q") + text[1..]));
        });
    }

    [Fact]
    public void EveryValueOfAnInListStaysItsOwnLiteral()
    {
        Text.Array[1, 5].Sample(values =>
        {
            var soql = SoqlQuery.From("Task").Select("Id").WhereIn("Keepage_Alert_Key__c", values).ToString();

            var list = Assert.IsType<InCondition>(SoqlParser.Parse(soql, Now).Where);

            Assert.Equal(values, list.Values.Select(v => Assert.IsType<StringValue>(v).Text));
        });
    }

    [Theory]
    [InlineData(@"SELECT Id FROM Contact WHERE Name = 'a\x'")]
    [InlineData("SELECT Id FROM Contact WHERE Name = 'open")]
    [InlineData("SELEKT Id FROM Contact")]
    [InlineData("SELECT Id FROM Contact WHERE Name = \"double\"")]
    public void MalformedQueryIsRefused(string soql)
    {
        var error = Assert.Throws<RestError>(() => SoqlParser.Parse(soql, Now));

        Assert.Equal((400, "MALFORMED_QUERY"), (error.Status, error.Errors[0].ErrorCode));
    }

    [Fact]
    public void FieldNamesThatAreNotApiNamesAreRefused()
    {
        Assert.Throws<ArgumentException>(() => SoqlQuery.From("Contact").Select("Id").WhereEquals("Name = 'x' OR Name", "y"));
        Assert.Throws<ArgumentException>(() => SoqlQuery.From("Contact WHERE").Select("Id"));
    }
}
