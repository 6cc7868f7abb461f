using System.Security.Cryptography;
using System.Text;

namespace Kiosk.Core.Counters;

/// <summary>
/// The two secrets a counter or display gets: a one-time pairing code a person types (8 letters and
/// digits without look-alikes, shown <c>K7QM-2XPD</c>, about 40 bits, short-lived and rate limited)
/// and the long-lived token its browser keeps (256 random bits, base64url). Only SHA-256 hashes are stored.
/// </summary>
public static class StaffSecrets
{
    /// <summary>No 0/O, 1/I/L: what is read off a screen is typed back right.</summary>
    public const string PairingAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int PairingLength = 8;

    public static string NewPairingCode()
    {
        var code = RandomNumberGenerator.GetString(PairingAlphabet, PairingLength);
        return $"{code[..4]}-{code[4..]}";
    }

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The pairing code as typed (any case, spaces or dashes) in its canonical form, or null when it cannot be one.</summary>
    public static string? NormalisePairingCode(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var chars = typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray();
        return chars.Length == PairingLength && chars.All(c => PairingAlphabet.Contains(c, StringComparison.Ordinal))
            ? $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}"
            : null;
    }

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes.</summary>
    public static string Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Compares two hashes in time that does not depend on where they differ.</summary>
    public static bool SameHash(string? a, string? b) =>
        a is not null && b is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
