using CsCheck;

namespace Keepage.Tests.Mapping;

/// <summary>Rejection reasons end up in quarantine, logs and receipts, so no field value may appear in one.</summary>
public sealed class RejectionReasonTests
{
    private static readonly Gen<string> Token = Gen.String[Gen.Char["ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"], 6, 14];

    private static readonly Gen<string> BadDate = Gen.Select(Gen.Int[13, 99], Gen.Int[32, 99], Gen.Int[1900, 2100], Gen.OneOf('/', '-', '.'))
        .Select((month, day, year, separator) => $"{month}{separator}{day}{separator}{year}");

    [Fact]
    public void ReasonsNeverContainFieldValues() =>
        Gen.Select(Token, Token, BadDate, Token, Token, Gen.Int[0, 7]).Sample((referralId, patientId, date, status, npi, broken) =>
        {
            var row = ClinicProfile.Row();
            row["Referral ID"] = (broken & 1) == 0 ? referralId : "";
            row["MRN"] = patientId;
            row["Ref Date"] = date;
            row["Sched Date"] = (broken & 2) == 0 ? "" : date;
            row["Status"] = (broken & 4) == 0 ? "Open" : status;
            row["Referring NPI"] = npi;
            row["In Network"] = status;

            var reason = ClinicProfile.Mapper.Map(1, ClinicProfile.Lookup(row)).RejectionReason;

            Assert.NotNull(reason);
            foreach (var value in new[] { referralId, patientId, date, status, npi })
                Assert.DoesNotContain(value, reason, StringComparison.OrdinalIgnoreCase);
        });
}
