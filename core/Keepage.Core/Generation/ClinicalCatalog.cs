namespace Keepage.Core.Generation;

// The demo's service lines, payers and priorities, with the shares the generator draws them at.
internal static class ClinicalCatalog
{
    public static IReadOnlyList<ServiceLine> ServiceLines { get; } =
    [
        new("Cardiology", 0.18, "Heart & Vascular Institute",
            ["General Cardiology", "Electrophysiology", "Interventional Cardiology"], ["93000", "93306", "93458", "99204"]),
        new("Orthopedics", 0.20, "Orthopedic Surgery",
            ["Sports Medicine", "Joint Replacement", "Spine Surgery"], ["27447", "27130", "29881", "99204"]),
        new("Oncology", 0.10, "Cancer Center",
            ["Medical Oncology", "Radiation Oncology", "Surgical Oncology"], ["96413", "77385", "99205"]),
        new("Gastroenterology", 0.16, "Digestive Health",
            ["General Gastroenterology", "Hepatology"], ["45378", "43239", "91200"]),
        new("Neurology", 0.12, "Neuroscience Center",
            ["General Neurology", "Epilepsy", "Headache Medicine"], ["95816", "95910", "99204"]),
        new("Urology", 0.09, "Urology Clinic", ["General Urology"], ["52000", "55700"]),
        new("Pulmonology", 0.08, "Lung Center", ["Pulmonary Medicine", "Sleep Medicine"], ["94010", "31622", "95810"]),
    ];

    public static IReadOnlyList<(string Item, double Weight)> Payers { get; } =
    [
        ("Medicare", 0.34), ("Medicaid", 0.14), ("Blue Cross Blue Shield", 0.16), ("Aetna", 0.10),
        ("UnitedHealthcare", 0.12), ("Cigna", 0.07), ("Humana", 0.04), ("Self-pay", 0.03),
    ];

    public static IReadOnlyList<(string Item, double Weight)> Priorities { get; } =
        [("routine", 0.80), ("urgent", 0.15), ("stat", 0.05)];

    // Referral seasonality by calendar month (January first): summer and December dips.
    public static IReadOnlyList<double> Seasonality { get; } =
        [1.05, 1.00, 1.08, 1.02, 1.00, 0.95, 0.82, 0.85, 1.02, 1.08, 0.97, 0.78];
}
