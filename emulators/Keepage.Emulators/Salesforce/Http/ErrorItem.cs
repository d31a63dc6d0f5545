namespace Keepage.Emulators.Salesforce.Http;

/// <summary>One entry of a REST error array; <see cref="Fields"/> is written only when set (wire spec B4, B9).</summary>
internal sealed record ErrorItem(string Message, string ErrorCode, IReadOnlyList<string>? Fields = null);
