namespace Keepage.Core.Reconciliation;

/// <summary>A CRM contact that may be an unmatched referrer: same practice, similar name (Jaro-Winkler score, 0..1).</summary>
public sealed record ContactSuggestion(string CrmTarget, string ContactId, string Name, decimal Score);
