using System.Text.Json.Nodes;

namespace Keepage.Tests.Dataverse;

/// <summary>Builds an emulator seed file: rows as Web API POST bodies, lookups as binds.</summary>
internal sealed class DataverseSeed
{
    private readonly JsonObject _sets = [];

    public Guid User(string name) => Add("systemusers", "systemuserid", null, new JsonObject { ["fullname"] = name });

    public Guid Account(string name, string? practiceId = null, Guid? owner = null, Guid? id = null) => Add("accounts", "accountid", id, new JsonObject
    {
        ["name"] = name,
        ["accountnumber"] = practiceId,
        ["ownerid@odata.bind"] = owner is null ? null : $"/systemusers({owner})",
    });

    public Guid Contact(string first, string last, string? npi = null, Guid? account = null, Guid? owner = null) => Add("contacts", "contactid", null, new JsonObject
    {
        ["firstname"] = first,
        ["lastname"] = last,
        ["kpg_npi"] = npi,
        ["parentcustomerid_account@odata.bind"] = account is null ? null : $"/accounts({account})",
        ["ownerid@odata.bind"] = owner is null ? null : $"/systemusers({owner})",
    });

    public Guid Activity(string entitySet, string subject, string regardingTable, Guid regarding, DateTimeOffset? at = null)
    {
        var logicalName = entitySet[..^1];
        return Add(entitySet, "activityid", null, new JsonObject
        {
            ["subject"] = subject,
            ["scheduledstart"] = at?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            [$"regardingobjectid_{regardingTable}_{logicalName}@odata.bind"] = $"/{regardingTable}s({regarding})",
        });
    }

    public string WriteTo(string folder)
    {
        var path = Path.Combine(folder, "seed.json");
        File.WriteAllText(path, _sets.ToJsonString());
        return path;
    }

    private Guid Add(string entitySet, string idColumn, Guid? given, JsonObject row)
    {
        var id = given ?? Guid.NewGuid();
        row[idColumn] = id.ToString();
        foreach (var empty in row.Where(p => p.Value is null).Select(p => p.Key).ToList())
            row.Remove(empty);
        if (_sets[entitySet] is not JsonArray rows)
            _sets[entitySet] = rows = [];
        rows.Add(row);
        return id;
    }
}
