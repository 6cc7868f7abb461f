namespace Kiosk.Core.Complaints;

/// <summary>Douglas Crockford's base32 alphabet: no I, L, O or U; I and L read as 1, O as 0.</summary>
internal static class CrockfordBase32
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static char Symbol(int value) => Alphabet[value];

    /// <summary>The value of a typed character, or -1 when it is not base32.</summary>
    public static int Value(char c)
    {
        c = char.ToUpperInvariant(c);
        return c switch
        {
            'O' => 0,
            'I' or 'L' => 1,
            'U' => -1,
            _ => Alphabet.IndexOf(c, StringComparison.Ordinal),
        };
    }
}
