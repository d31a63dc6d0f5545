using Keepage.Cli.Commands;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Config;

public sealed class MappingValidateTests : IDisposable
{
    private readonly TempState _folder = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PassesTheSampleConfiguration()
    {
        var problems = await MappingValidateCommand.ValidateAsync(
            Path.Combine(RepositoryRoot.Path, "samples", "config", "keepage.yaml"), online: false, Cancellation);

        Assert.Empty(problems);
    }

    [Fact]
    public async Task NamesTheFileLineColumnAndNearestNameOfAMisspeltSetting()
    {
        var path = Write("""
            privacy:
              patientKey: env:KEEPAGE_PATIENT_KEY
            sources:
              - name: clinic
                folder: .
                profle: canonical
            """);

        var problem = Assert.Single(await MappingValidateCommand.ValidateAsync(path, online: false, Cancellation));

        Assert.Equal(("keepage.yaml", 6L, 5L), (problem.File, problem.Line, problem.Column));
        Assert.Equal("profile", problem.Suggestion);
        Assert.StartsWith("keepage.yaml:6:5: sources[0].profle: unknown setting 'profle'", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsAMissingFolderAndAProfileErrorInTheProfileFile()
    {
        File.WriteAllText(_folder.File("broken-profile.yaml"), "name: broken\nfields:\n  referral_idd: ID\n");
        var path = Write("""
            privacy:
              patientKey: env:KEEPAGE_PATIENT_KEY
            sources:
              - name: clinic
                folder: no-such-folder
                profile: broken-profile.yaml
            """);

        var problems = await MappingValidateCommand.ValidateAsync(path, online: false, Cancellation);

        Assert.Contains(problems, p => p.Setting == "sources[0].folder" && p.Message.Contains("does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == "broken-profile.yaml" && p.Line == 3 && p.Message.Contains("referral_idd", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    folder: .\n    blob:\n      connectionString: env:S\n      container: exports\n")]
    [InlineData("    include: '*.csv'\n")]
    public async Task RefusesASourceWithBothOrNeitherOfFolderAndBlobAtItsPosition(string settings)
    {
        var path = Write("privacy:\n  patientKey: env:K\nsources:\n  - name: clinic\n" + settings);

        var problem = Assert.Single(await MappingValidateCommand.ValidateAsync(path, online: false, Cancellation));

        Assert.Equal(("sources[0]", 4L), (problem.Setting, problem.Line));
        Assert.Contains("either 'folder' or 'blob'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportsYamlThatDoesNotParseWithItsPosition()
    {
        var path = Write("privacy:\n  patientKey: [env:K\nsources: x\n");

        var problem = Assert.Single(await MappingValidateCommand.ValidateAsync(path, online: false, Cancellation));

        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Line >= 2);
    }

    private string Write(string yaml)
    {
        var path = _folder.File("keepage.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
