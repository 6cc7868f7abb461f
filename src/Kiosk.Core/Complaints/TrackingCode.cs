using System.Security.Cryptography;

namespace Kiosk.Core.Complaints;

/// <summary>
/// A complaint's tracking code: 8 random Crockford base32 symbols (40 bits from a CSPRNG) and one
/// check symbol, written in groups as <c>K7M2-9QXD-3</c>.
/// </summary>
/// <remarks>
/// The check symbol makes the weighted sum Σ αᵖ·dₚ over GF(32) vanish, with α a primitive element
/// and p the symbol's position. Distinct non-zero weights catch every single substitution, and
/// because αᵖ ≠ αᵖ⁺¹ every adjacent transposition of two different symbols too — including one
/// with the check symbol itself. The check is itself a base32 symbol, so it is typed on a phone
/// keypad like the rest (Crockford's own mod-37 check would need * ~ $ = U).
/// </remarks>
public readonly record struct TrackingCode
{
    public const int DataLength = 8;
    public const int Length = DataLength + 1;

    private readonly string _compact;

    private TrackingCode(string compact) => _compact = compact;

    /// <summary>The nine symbols without separators, e.g. <c>K7M29QXD3</c>; what is stored.</summary>
    public string Compact => _compact ?? "";

    /// <summary>Printed and spoken form, e.g. <c>K7M2-9QXD-3</c>.</summary>
    public string Grouped => _compact is null ? "" : $"{_compact[..4]}-{_compact[4..8]}-{_compact[8]}";

    public override string ToString() => Grouped;

    /// <summary>A fresh code from the operating system's CSPRNG.</summary>
    public static TrackingCode New() => New(RandomNumberGenerator.Fill);

    /// <summary>A fresh code from the given source of random bytes (tests pass a seeded one).</summary>
    public static TrackingCode New(RandomFill fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        Span<byte> random = stackalloc byte[5];
        fill(random);
        ulong bits = 0;
        foreach (var b in random)
        {
            bits = (bits << 8) | b;
        }

        Span<int> values = stackalloc int[DataLength];
        for (var i = DataLength - 1; i >= 0; i--)
        {
            values[i] = (int)(bits & 31);
            bits >>= 5;
        }

        return FromData(values);
    }

    /// <summary>Builds the code for eight given data values (0..31), adding the check symbol.</summary>
    internal static TrackingCode FromData(ReadOnlySpan<int> values)
    {
        if (values.Length != DataLength)
        {
            throw new ArgumentException($"A tracking code has {DataLength} data symbols.", nameof(values));
        }

        Span<char> chars = stackalloc char[Length];
        var sum = 0;
        for (var p = 0; p < DataLength; p++)
        {
            chars[p] = CrockfordBase32.Symbol(values[p]);
            sum ^= GaloisField32.Multiply(GaloisField32.Power(p), values[p]);
        }

        // Solve α⁸·check = sum (addition and subtraction are both XOR in GF(2⁵)).
        var check = GaloisField32.Multiply(sum, GaloisField32.Inverse(GaloisField32.Power(DataLength)));
        chars[DataLength] = CrockfordBase32.Symbol(check);
        return new TrackingCode(new string(chars));
    }

    /// <summary>
    /// Reads what a person typed: any case, with or without separators (space, -, ., #, /, _),
    /// I and L read as 1, O as 0.
    /// </summary>
    public static TrackingCodeParse Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new TrackingCodeParse(TrackingCodeError.Empty, null);
        }

        Span<int> values = stackalloc int[Length];
        var count = 0;
        foreach (var c in input)
        {
            if (c is ' ' or '-' or '.' or '#' or '/' or '_' or '\t')
            {
                continue;
            }

            var value = CrockfordBase32.Value(c);
            if (value < 0 || count == Length)
            {
                return new TrackingCodeParse(TrackingCodeError.Malformed, null);
            }

            values[count++] = value;
        }

        if (count != Length)
        {
            return new TrackingCodeParse(TrackingCodeError.Malformed, null);
        }

        var sum = 0;
        for (var p = 0; p < Length; p++)
        {
            sum ^= GaloisField32.Multiply(GaloisField32.Power(p), values[p]);
        }

        if (sum != 0)
        {
            return new TrackingCodeParse(TrackingCodeError.Mistyped, null);
        }

        Span<char> chars = stackalloc char[Length];
        for (var p = 0; p < Length; p++)
        {
            chars[p] = CrockfordBase32.Symbol(values[p]);
        }

        return new TrackingCodeParse(TrackingCodeError.None, new TrackingCode(new string(chars)));
    }

    /// <summary>True when the input parses with a valid check symbol.</summary>
    public static bool TryParse(string? input, out TrackingCode code)
    {
        var result = Parse(input);
        code = result.Code ?? default;
        return result.Error == TrackingCodeError.None;
    }
}

/// <summary>Fills a span with random bytes.</summary>
public delegate void RandomFill(Span<byte> destination);

public enum TrackingCodeError
{
    None,

    /// <summary>Nothing typed.</summary>
    Empty,

    /// <summary>Wrong length or a character that is not in the alphabet: not a tracking code at all.</summary>
    Malformed,

    /// <summary>The right shape, but the check symbol does not match: a typing mistake.</summary>
    Mistyped,
}

/// <summary>The outcome of reading a typed tracking code.</summary>
public readonly record struct TrackingCodeParse(TrackingCodeError Error, TrackingCode? Code);
