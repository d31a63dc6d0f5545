namespace Keepage.Core.Generation;

// Word lists for clearly synthetic people and practices.
internal static class SyntheticNames
{
    public static IReadOnlyList<string> FirstNames { get; } =
    [
        "Avery", "Jordan", "Morgan", "Riley", "Casey", "Quinn", "Harper", "Rowan", "Emerson", "Parker",
        "Reese", "Sawyer", "Finley", "Hayden", "Dakota", "Skyler", "Elliot", "Jamie", "Kendall", "Logan",
        "Marlowe", "Noel", "Oakley", "Peyton", "Remy", "Sage", "Tatum", "Blake", "Cameron", "Drew",
        "Ellis", "Frankie", "Greer", "Hollis", "Indra", "Jules", "Kai", "Lennox", "Mika", "Nico",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Patel", "Nguyen", "Okafor", "Lindqvist", "Moreau", "Castillo", "Haddad", "Kowalski", "Brennan", "Tanaka",
        "Abernathy", "Delacroix", "Fairbanks", "Gallagher", "Hargrove", "Ibarra", "Jansen", "Kemper", "Larkspur", "Mendez",
        "Nakamura", "Ostrander", "Pemberton", "Quintero", "Rasmussen", "Sorensen", "Thornbury", "Underhill", "Vasquez", "Whitlock",
        "Yardley", "Zielinski", "Ashford", "Bellamy", "Crowther", "Dunmore", "Eastwood", "Fenwick", "Greaves", "Holloway",
        "Ivers", "Jessup", "Kilbride", "Lockhart", "Marchetti", "Northcott", "Oyelaran", "Prescott", "Radcliffe", "Stavros",
    ];

    public static IReadOnlyList<string> Places { get; } =
    [
        "Riverside", "Oak Hill", "Maple Grove", "Cedar Park", "Lakeview", "Northgate", "Brookside", "Summit",
        "Willow Creek", "Harbor", "Pinecrest", "Meadowbrook", "Fairview", "Highland", "Stonebridge", "Westfield",
        "Eastside", "Valley", "Bayshore", "Foxhollow", "Granite Falls", "Ironwood", "Juniper", "Kingsbury",
    ];

    public static IReadOnlyList<string> PracticeKinds { get; } =
    [
        "Family Medicine", "Internal Medicine", "Primary Care", "Medical Group", "Pediatrics",
        "Women's Health", "Health Partners", "Community Clinic",
    ];
}
