using Keepage.Emulators.Dataverse;
using Keepage.Tests.Flows;

namespace Keepage.Tests.Cli;

/// <summary>
/// A run configuration in a temporary folder: the example clinic export in <c>exports/</c>, its profile, a SQLite
/// state, a fixed as-of date, and whichever <c>crm:</c> section the test gives (<see cref="Dataverse"/> for an emulator).
/// </summary>
internal static class RunConfigFile
{
    public static string Write(TempState folder, string keyVariable, string crm)
    {
        var samples = Path.Combine(RepositoryRoot.Path, "samples", "profiles");
        var exports = Directory.CreateDirectory(folder.File("exports")).FullName;
        File.Copy(Path.Combine(samples, "example-clinic.csv"), Path.Combine(exports, "example-clinic.csv"), overwrite: true);
        var path = folder.File("keepage.yaml");
        File.WriteAllText(path, $"""
            store:
              path: state/keepage.db
            privacy:
              patientKey: env:{keyVariable}
            sources:
              - name: clinic
                folder: exports
                profile: {Path.Combine(samples, "example-clinic.yaml")}
            crm:
            {crm}
            analysis:
              asOf: 2024-03-01

            """);
        return path;
    }

    /// <summary>The <c>crm.dataverse</c> section for an emulator whose client secret is in <paramref name="secretVariable"/>.</summary>
    public static string Dataverse(DataverseEmulator crm, string clientId, string secretVariable) => $"""
          dataverse:
            url: {crm.BaseAddress}
            tenantId: {DataverseEmulatorOptions.DefaultTenantId}
            clientId: {clientId}
            clientSecret: env:{secretVariable}
            tokenEndpoint: {crm.TokenEndpoint}
        """;
}
