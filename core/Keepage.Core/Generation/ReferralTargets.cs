namespace Keepage.Core.Generation;

// Where referrals go, per service line: the hospital's own specialists and out-of-network ones.
internal sealed class ReferralTargets
{
    private readonly Dictionary<string, (List<string> InNetwork, List<string> OutOfNetwork)> _byLine = new(StringComparer.Ordinal);

    public ReferralTargets(Random rng)
    {
        foreach (var line in ClinicalCatalog.ServiceLines)
        {
            var inNetwork = Enumerable.Range(0, 3).Select(_ => rng.NextNpi()).ToList();
            var outOfNetwork = Enumerable.Range(0, 4).Select(_ => rng.NextNpi()).ToList();
            _byLine[line.Name] = (inNetwork, outOfNetwork);
        }
    }

    public string Pick(Random rng, string serviceLine, bool inNetwork)
    {
        var (own, others) = _byLine[serviceLine];
        return rng.Pick(inNetwork ? own : others);
    }
}
