namespace Keepage.Core.Generation;

/// <summary>A synthetic referring practice; <see cref="Weight"/> is its share of providers, <see cref="Liaison"/> its owner.</summary>
internal sealed record DemoPractice(string PracticeId, string Name, double Weight, int Liaison);
