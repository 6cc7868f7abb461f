namespace Kiosk.Core.Complaints;

/// <summary>Arithmetic in GF(2⁵) with the primitive polynomial x⁵ + x² + 1; α = 2 has order 31.</summary>
internal static class GaloisField32
{
    private const int Polynomial = 0b100101;
    private static readonly int[] Powers = BuildPowers();

    public static int Power(int exponent) => Powers[((exponent % 31) + 31) % 31];

    public static int Multiply(int a, int b)
    {
        var product = 0;
        while (b != 0)
        {
            if ((b & 1) != 0)
            {
                product ^= a;
            }

            b >>= 1;
            a <<= 1;
            if ((a & 0b100000) != 0)
            {
                a ^= Polynomial;
            }
        }

        return product;
    }

    public static int Inverse(int a)
    {
        if (a == 0)
        {
            throw new DivideByZeroException("Zero has no inverse in GF(32).");
        }

        for (var e = 0; e < 31; e++)
        {
            if (Powers[e] == a)
            {
                return Powers[(31 - e) % 31];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(a), a, "Not an element of GF(32).");
    }

    private static int[] BuildPowers()
    {
        var powers = new int[31];
        var value = 1;
        for (var e = 0; e < 31; e++)
        {
            powers[e] = value;
            value = Multiply(value, 2);
        }

        return powers;
    }
}
