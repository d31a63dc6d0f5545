namespace Keepage.Connectors.Files;

/// <summary>
/// What a quarantine replay did. <see cref="Considered"/> = <see cref="Released"/> + <see cref="StillQuarantined"/>
/// + <see cref="FileMissing"/> + <see cref="WholeFile"/>; released records were inserted, updated, deferred (an
/// update waiting for its referral) or found identical to what is stored (duplicates).
/// </summary>
public sealed record ReplaySummary(
    int Considered, int Released, int Inserted, int Updated, int Duplicates, int Deferred, int StillQuarantined, int FileMissing, int WholeFile)
{
    public bool AddsUp => Considered == Released + StillQuarantined + FileMissing + WholeFile
        && Released == Inserted + Updated + Duplicates + Deferred;
}
