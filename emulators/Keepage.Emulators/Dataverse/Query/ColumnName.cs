namespace Keepage.Emulators.Dataverse.Query;

/// <summary>Column (property) names as the Web API accepts them in $select and $orderby.</summary>
internal static class ColumnName
{
    public static bool IsValid(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
