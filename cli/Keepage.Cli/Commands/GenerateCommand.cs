using System.CommandLine;
using Keepage.Core.Generation;

namespace Keepage.Cli.Commands;

/// <summary>
/// <c>keepage generate --providers N --months M --seed S --out DIR</c>: a synthetic canonical export, Dataverse seed
/// data and the ground truth of planted anomalies. The same arguments always write the same bytes.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var defaults = new GeneratorSettings();
        var providers = new Option<int>("--providers") { Description = "Referring providers.", DefaultValueFactory = _ => defaults.Providers };
        var months = new Option<int>("--months") { Description = "Months of history.", DefaultValueFactory = _ => defaults.Months };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => defaults.Seed };
        var lastMonth = new Option<string>("--last-month")
        {
            Description = "The last month with data (yyyy-MM).",
            DefaultValueFactory = _ => defaults.LastMonth.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "Output folder.", Required = true };
        var command = new Command("generate", "Write synthetic referrals, CRM seed data and planted-anomaly ground truth.")
        {
            providers, months, seed, lastMonth, output,
        };
        command.SetAction(parse =>
        {
            var settings = defaults with
            {
                Providers = parse.GetValue(providers),
                Months = parse.GetValue(months),
                Seed = parse.GetValue(seed),
                LastMonth = DateOnly.ParseExact(parse.GetRequiredValue(lastMonth) + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            };
            Write(DemoDataGenerator.Generate(settings), parse.GetRequiredValue(output).FullName);
            return 0;
        });
        return command;
    }

    public static void Write(GeneratedDemoData data, string folder)
    {
        Directory.CreateDirectory(folder);
        using (var csv = new StreamWriter(Path.Combine(folder, "referrals.csv")))
            data.WriteReferralsCsv(csv);
        using (var seed = new StreamWriter(Path.Combine(folder, "dataverse-seed.json")))
            data.WriteDataverseSeed(seed);
        using (var truth = new StreamWriter(Path.Combine(folder, "ground-truth.json")))
            data.WriteGroundTruth(truth);
        Console.Out.WriteLine($"Wrote {data.Rows.Count:N0} referrals, CRM seed and ground truth to {folder}");
    }
}
