namespace Keepage.Core.Referrals;

/// <summary>
/// National Provider Identifier check: ten digits whose last is a Luhn check digit computed over
/// the prefix 80840 plus the first nine (CMS, "Requirements for NPI check digit").
/// </summary>
public static class Npi
{
    public static bool IsValid(string? npi)
    {
        if (npi is not { Length: 10 } || !npi.All(char.IsAsciiDigit))
            return false;
        return ComputeCheckDigit(npi.AsSpan(0, 9)) == npi[9] - '0';
    }

    public static int ComputeCheckDigit(ReadOnlySpan<char> firstNine)
    {
        // The 80840 prefix contributes a constant 24 to the Luhn sum.
        var sum = 24;
        for (var i = 0; i < firstNine.Length; i++)
        {
            var digit = firstNine[firstNine.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                    digit -= 9;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
