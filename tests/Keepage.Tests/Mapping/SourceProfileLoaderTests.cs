using Keepage.Mapping;

namespace Keepage.Tests.Mapping;

public sealed class SourceProfileLoaderTests
{
    private const string Minimal = """
        name: minimal
        fields:
          referral_id: id
          referral_date: date
          referring_npi: npi

        """;

    private static MappingProfileException Fails(string yaml) =>
        Assert.Throws<MappingProfileException>(() => SourceProfileLoader.Parse(yaml, "bad.yaml"));

    [Fact]
    public void LoadsAValidProfile()
    {
        var profile = ClinicProfile.Profile;

        Assert.Equal("test-clinic", profile.Name);
        Assert.Equal("clinic-a", profile.Source);
        Assert.Equal("csv", profile.Format);
        Assert.Null(profile.Delimiter);
        Assert.True(profile.HasHeader);
        Assert.Equal(["Referring Provider", "Referring Physician"], profile.Fields[CanonicalFields.ReferringName].Columns);
        Assert.Equal(["M/d/yyyy", "yyyy-MM-dd"], profile.Fields[CanonicalFields.ReferralDate].DateFormats);
        Assert.Equal(["yyyy-MM-dd"], profile.Fields[CanonicalFields.ReferralId].DateFormats);
        Assert.Equal("scheduled", profile.Fields[CanonicalFields.Status].Values["sched"]);
        Assert.True(profile.Fields[CanonicalFields.ReferringNpi].Optional);
        Assert.False(profile.Fields[CanonicalFields.ReferralId].Optional);
        Assert.Equal("Self pay", profile.Defaults[CanonicalFields.Payer]);
    }

    [Fact]
    public void SourceDefaultsToTheProfileName() => Assert.Equal("minimal", SourceProfileLoader.Parse(Minimal).Source);

    [Fact]
    public void RejectsUnknownCanonicalFieldWithLineAndColumn()
    {
        var error = Fails(Minimal + "  referal_date: other\n");

        Assert.Equal((6L, 3L), (error.Line, error.Column));
        Assert.Equal("bad.yaml", error.Origin);
        Assert.StartsWith("bad.yaml(6,3): unknown key 'referal_date' in fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsUnknownTopLevelKey()
    {
        var error = Fails("delimeter: ','\n" + Minimal);

        Assert.Equal((1L, 1L), (error.Line, error.Column));
        Assert.Contains("unknown key 'delimeter' in the profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsUnknownFieldOption()
    {
        var error = Fails(Minimal + "  status: { column: Status, value: { A: pending } }\n");

        Assert.Equal(6L, error.Line);
        Assert.Contains("unknown key 'value' in field 'status'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("delimiter: ':'", "delimiter ':' is not supported")]
    [InlineData("format: xml", "format 'xml' is not supported")]
    [InlineData("hasHeader: maybe", "hasHeader must be true or false")]
    public void RejectsBadSettings(string line, string expected) =>
        Assert.Contains(expected, Fails(line + "\n" + Minimal).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("delimiter: auto", null)]
    [InlineData("delimiter: ','", ',')]
    [InlineData("delimiter: \"\\t\"", '\t')]
    [InlineData("delimiter: '\\t'", '\t')]
    [InlineData("delimiter: tab", '\t')]
    [InlineData("delimiter: ';'", ';')]
    [InlineData("delimiter: '|'", '|')]
    public void ReadsDelimiters(string line, char? expected) =>
        Assert.Equal(expected, SourceProfileLoader.Parse(line + "\n" + Minimal).Delimiter);

    [Fact]
    public void RejectsDateFormatThatCannotHoldADate() =>
        Assert.Contains("'M/yyyy' is not a date format", Fails(Minimal + "  scheduled_date: { column: s, formats: M/yyyy }\n").Message, StringComparison.Ordinal);

    [Fact]
    public void RejectsFormatsOnANonDateField() =>
        Assert.Contains("formats apply to date fields only", Fails(Minimal + "  payer: { column: p, formats: M/d/yyyy }\n").Message, StringComparison.Ordinal);

    [Fact]
    public void RejectsValueMapToUnknownStatus()
    {
        var error = Fails(Minimal + "  status:\n    column: Status\n    values:\n      Open: opened\n");

        Assert.Equal((9L, 13L), (error.Line, error.Column));
        Assert.Contains("status values must be one of: pending, scheduled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsProfileWithoutReferringProvider() =>
        Assert.Contains("referring_npi or referring_name", Fails("name: x\nfields:\n  referral_id: id\n  referral_date: d\n").Message, StringComparison.Ordinal);

    [Fact]
    public void RejectsProfileWithoutReferralId() =>
        Assert.Contains("fields must map referral_id", Fails("name: x\nfields:\n  referral_date: d\n  referring_npi: n\n").Message, StringComparison.Ordinal);

    [Fact]
    public void RejectsDefaultForPatientId() =>
        Assert.Contains("patient_id cannot have a default", Fails(Minimal + "defaults:\n  patient_id: P1\n").Message, StringComparison.Ordinal);

    [Fact]
    public void RejectsInvalidDefault() =>
        Assert.Contains("in_network values must be true, false or empty", Fails(Minimal + "defaults:\n  in_network: sometimes\n").Message, StringComparison.Ordinal);

    [Fact]
    public void AcceptsDefaultThroughTheFieldsValueMap() =>
        Assert.Equal("Y", SourceProfileLoader.Parse(Minimal + "  in_network: { column: net, values: { Y: \"true\" } }\ndefaults:\n  in_network: Y\n").Defaults[CanonicalFields.InNetwork]);

    [Fact]
    public void RequiresColumnNumbersWithoutHeader()
    {
        Assert.Contains("must be a column number from 1", Fails("hasHeader: false\n" + Minimal).Message, StringComparison.Ordinal);
        Assert.False(SourceProfileLoader.Parse("name: n\nhasHeader: false\nfields: { referral_id: 1, referral_date: 2, referring_npi: [3] }").HasHeader);
    }

    [Fact]
    public void LoadsTheHeaderlessExampleFromTheDocs()
    {
        var profile = SourceProfileLoader.Parse("""
            name: nightly-extract
            hasHeader: false
            delimiter: '|'
            fields:
              referral_id: 1
              referral_date: { column: 2, formats: yyyyMMdd }
              referring_npi: 3
              status: { column: 4, values: { A: pending, S: scheduled, C: completed, X: cancelled } }
            """);

        Assert.Equal(('|', false), (profile.Delimiter, profile.HasHeader));
        Assert.Equal(["yyyyMMdd"], profile.Fields[CanonicalFields.ReferralDate].DateFormats);
    }

    [Fact]
    public void ReportsYamlSyntaxErrorWithPosition()
    {
        var error = Fails("name: x\nfields:\n  referral_id: [id\n");

        Assert.NotNull(error.Line);
        Assert.StartsWith("bad.yaml(", error.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAFieldMappedTwice() =>
        Assert.Contains("Duplicate key", Fails(Minimal + "  referral_id: other\n").Message, StringComparison.Ordinal);

    [Fact]
    public void NamesAMissingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.yaml");

        var error = Assert.Throws<MappingProfileException>(() => SourceProfileLoader.LoadFile(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
