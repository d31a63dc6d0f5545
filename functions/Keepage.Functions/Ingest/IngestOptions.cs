using System.ComponentModel.DataAnnotations;
using Keepage.Core.Privacy;
using Keepage.Mapping;

namespace Keepage.Functions.Ingest;

/// <summary>How arriving exports are read (section <c>Keepage:Ingest</c>).</summary>
public sealed class IngestOptions : IValidatableObject
{
    public const string ConfigurationSection = "Keepage:Ingest";

    /// <summary>
    /// The base64 HMAC key that pseudonymises patient ids (at least 32 bytes). In Azure the app setting is a Key Vault
    /// reference, so the key is never stored in settings or code.
    /// </summary>
    [Required(ErrorMessage = "Keepage:Ingest:PatientKey is required: a Key Vault reference to the base64 patient-id HMAC key.")]
    public string PatientKey { get; set; } = "";

    /// <summary>The profile for sources not listed in <see cref="Profiles"/>: a built-in name or a profile file.</summary>
    [Required]
    public string DefaultProfile { get; set; } = BuiltInProfiles.CanonicalName;

    /// <summary>
    /// Source name (the folder under the export container) to its mapping profile: a built-in name, or a profile YAML
    /// file deployed with the app (a path relative to the app's folder).
    /// </summary>
    public Dictionary<string, string> Profiles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PatientKeyBytes() is null)
            yield return new ValidationResult(
                $"Keepage:Ingest:PatientKey must be base64 of at least {PatientPseudonymizer.MinimumKeyBytes} bytes.", [nameof(PatientKey)]);
        foreach (var profile in Profiles.Values.Append(DefaultProfile).Distinct(StringComparer.Ordinal))
        {
            var problem = ExportReaders.ProblemWith(profile);
            if (problem is not null)
                yield return new ValidationResult($"Keepage:Ingest profile '{profile}': {problem}", [nameof(Profiles)]);
        }
    }

    internal byte[]? PatientKeyBytes()
    {
        var key = new byte[PatientKey.Length];
        return Convert.TryFromBase64String(PatientKey.Trim(), key, out var written) && written >= PatientPseudonymizer.MinimumKeyBytes
            ? key[..written]
            : null;
    }
}
