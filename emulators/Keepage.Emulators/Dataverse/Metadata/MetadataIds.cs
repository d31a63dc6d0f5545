using System.Security.Cryptography;
using System.Text;

namespace Keepage.Emulators.Dataverse.Metadata;

/// <summary>Stable MetadataIds derived from names, so a table or column keeps its id across emulator runs.</summary>
internal static class MetadataIds
{
    public static string For(params string[] names) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('.', names)))[..16]).ToString();
}
