using System.CommandLine;
using Keepage.Cli.Commands;

var root = new RootCommand("Keepage: EHR referral exports reconciled with CRM outreach; KPIs and leakage alerts pushed to the CRM.")
{
    DemoCommand.Create(),
    RunCommand.Create(),
    MappingCommand.Create(),
    RunsCommand.Create(),
    IngestCommand.Create(),
    QuarantineCommand.Create(),
    ExportCommand.Create(),
    AnalyzeCommand.Create(),
    GenerateCommand.Create(),
    EmulateCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
