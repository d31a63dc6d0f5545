namespace Keepage.Core.Generation;

// A synthetic referring practice; Weight is its share of providers, Liaison its owner.
internal sealed record DemoPractice(string PracticeId, string Name, double Weight, int Liaison);
