namespace Kiosk.Hardware.Gpio.Counters;

/// <summary>
/// Letters and digits on a 7-segment digit (bit 0 = segment a … bit 6 = g, bit 7 = the dot: the
/// TM1637 datasheet's order). Ticket letters go beyond the A–F of Iot.Device's character set, so
/// the whole alphabet is here; letters a 7-segment digit cannot draw (K, M, V, W, X) take the
/// usual stand-ins, so no letter shows as a blank.
/// </summary>
public static class SevenSegmentFont
{
    private const byte A = 1, B = 2, C = 4, D = 8, E = 16, F = 32, G = 64;

    private static readonly byte[] Digits =
    [
        A | B | C | D | E | F, B | C, A | B | D | E | G, A | B | C | D | G, B | C | F | G,
        A | C | D | F | G, A | C | D | E | F | G, A | B | C, A | B | C | D | E | F | G, A | B | C | D | F | G,
    ];

    private static readonly byte[] Letters =
    [
        A | B | C | E | F | G, // A
        C | D | E | F | G,     // b
        A | D | E | F,         // C
        B | C | D | E | G,     // d
        A | D | E | F | G,     // E
        A | E | F | G,         // F
        A | C | D | E | F,     // G
        B | C | E | F | G,     // H
        E | F,                 // I
        B | C | D | E,         // J
        A | C | E | F | G,     // K (stand-in)
        D | E | F,             // L
        A | C | E,             // M (stand-in)
        C | E | G,             // n
        C | D | E | G,         // o
        A | B | E | F | G,     // P
        A | B | C | F | G,     // q
        E | G,                 // r
        A | C | D | F | G,     // S
        D | E | F | G,         // t
        B | C | D | E | F,     // U
        C | D | E,             // v (stand-in)
        B | D | F,             // W (stand-in)
        B | C | E | F | G,     // X (as H)
        B | C | D | F | G,     // y
        A | B | D | E | G,     // Z (as 2)
    ];

    /// <summary>The segments of one character; a blank for anything else.</summary>
    public static byte Segments(char c) => c switch
    {
        >= '0' and <= '9' => Digits[c - '0'],
        >= 'A' and <= 'Z' => Letters[c - 'A'],
        >= 'a' and <= 'z' => Letters[c - 'a'],
        '-' => G,
        _ => 0,
    };

    /// <summary>
    /// What a 4-digit display shows for a ticket code: its letter and the last three digits
    /// ("A-007" → "A007"), or its last four digits when the number has grown past 999.
    /// </summary>
    public static byte[] FourDigits(string ticketCode)
    {
        ArgumentNullException.ThrowIfNull(ticketCode);
        var letter = ticketCode.FirstOrDefault(char.IsAsciiLetter);
        var digits = new string([.. ticketCode.Where(char.IsAsciiDigit)]);
        var shown = digits.Length >= 4 || letter == default ? digits.PadLeft(4)[^4..] : letter + digits.PadLeft(3, '0')[^3..];
        return [.. shown.Select(Segments)];
    }
}
