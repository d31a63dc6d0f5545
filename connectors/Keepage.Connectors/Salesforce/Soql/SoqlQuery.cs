using System.Text.RegularExpressions;

namespace Keepage.Connectors.Salesforce.Soql;

/// <summary>
/// The one way Keepage writes SOQL: field and object names are checked to be API names, every value goes through
/// <see cref="SoqlLiteral"/>, and conditions are joined with AND. Nothing else can reach the query text.
/// </summary>
public sealed partial class SoqlQuery
{
    private readonly string _object;
    private readonly List<string> _fields = [];
    private readonly List<string> _conditions = [];
    private readonly List<string> _orderBy = [];
    private int? _limit;

    private SoqlQuery(string sObject) => _object = Name(sObject);

    public static SoqlQuery From(string sObject) => new(sObject);

    public SoqlQuery Select(params IEnumerable<string> fields)
    {
        _fields.AddRange(fields.Select(Name));
        return this;
    }

    public SoqlQuery WhereEquals(string field, object? value) => Condition(field, "=", SoqlLiteral.Format(value));

    public SoqlQuery WhereNotEquals(string field, object? value) => Condition(field, "!=", SoqlLiteral.Format(value));

    public SoqlQuery WhereGreaterThan(string field, object value) => Condition(field, ">", SoqlLiteral.Format(value));

    public SoqlQuery WhereIn(string field, IEnumerable<string> values) =>
        Condition(field, "IN", "(" + string.Join(", ", values.Select(SoqlLiteral.Quote)) + ")");

    public SoqlQuery WhereLike(string field, string text, bool anyBefore = false, bool anyAfter = false) =>
        Condition(field, "LIKE", SoqlLiteral.Like(text, anyBefore, anyAfter));

    public SoqlQuery OrderBy(string field, bool descending = false)
    {
        _orderBy.Add(Name(field) + (descending ? " DESC" : " ASC"));
        return this;
    }

    public SoqlQuery Limit(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _limit = count;
        return this;
    }

    public override string ToString()
    {
        if (_fields.Count == 0)
            throw new InvalidOperationException("A SOQL query needs at least one field.");
        var soql = $"SELECT {string.Join(", ", _fields)} FROM {_object}";
        if (_conditions.Count > 0)
            soql += " WHERE " + string.Join(" AND ", _conditions);
        if (_orderBy.Count > 0)
            soql += " ORDER BY " + string.Join(", ", _orderBy);
        return _limit is { } limit ? $"{soql} LIMIT {limit}" : soql;
    }

    private SoqlQuery Condition(string field, string op, string literal)
    {
        _conditions.Add($"{Name(field)} {op} {literal}");
        return this;
    }

    // API names and relationship paths only (Account.Name, NPI__c): no spaces, quotes or operators can slip in.
    private static string Name(string name) => ApiName().IsMatch(name)
        ? name
        : throw new ArgumentException($"'{name}' is not a Salesforce API name.", nameof(name));

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")]
    private static partial Regex ApiName();
}
