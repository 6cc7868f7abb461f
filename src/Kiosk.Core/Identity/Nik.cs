namespace Kiosk.Core.Identity;

/// <summary>
/// Nomor Induk Kependudukan: 16 digits = province(2) regency(2) district(2) birth date DDMMYY
/// (women add 40 to the day) and a serial(4). Only its shape is checked here — whether it belongs
/// to a living person is the civil registry's business.
/// </summary>
public sealed record Nik(string Value, DateOnly BirthDate, Sex Sex)
{
    public const int Length = 16;

    private static readonly HashSet<int> Provinces =
    [
        11, 12, 13, 14, 15, 16, 17, 18, 19, 21,
        31, 32, 33, 34, 35, 36,
        51, 52, 53,
        61, 62, 63, 64, 65,
        71, 72, 73, 74, 75, 76,
        81, 82,
        91, 92, 93, 94, 95, 96,
    ];

    public string RegionCode => $"{Value[..2]}.{Value[2..4]}.{Value[4..6]}";

    /// <summary>Reads a NIK as typed (spaces, dots and dashes between digits are ignored).</summary>
    /// <param name="input">What the person typed.</param>
    /// <param name="today">Today in the office's timezone: a birth date may not lie after it.</param>
    public static NikParse Parse(string? input, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return new NikParse(NikError.Empty, null);
        }

        var digits = new string([.. input.Where(c => c is not (' ' or '.' or '-'))]);
        if (!digits.All(char.IsAsciiDigit))
        {
            return new NikParse(NikError.NotDigits, null);
        }

        if (digits.Length != Length)
        {
            return new NikParse(NikError.WrongLength, null);
        }

        int Number(int start) => ((digits[start] - '0') * 10) + (digits[start + 1] - '0');

        if (!Provinces.Contains(Number(0)) || Number(2) == 0 || Number(4) == 0)
        {
            return new NikParse(NikError.UnknownRegion, null);
        }

        var day = Number(6);
        var sex = Sex.Male;
        if (day > 40)
        {
            day -= 40;
            sex = Sex.Female;
        }

        var month = Number(8);
        var twoDigitYear = Number(10);
        var year = 2000 + twoDigitYear > today.Year ? 1900 + twoDigitYear : 2000 + twoDigitYear;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new NikParse(NikError.InvalidBirthDate, null);
        }

        var birthDate = new DateOnly(year, month, day);
        if (birthDate > today)
        {
            return new NikParse(NikError.InvalidBirthDate, null);
        }

        if (digits[12..] == "0000")
        {
            return new NikParse(NikError.InvalidSerial, null);
        }

        return new NikParse(NikError.None, new Nik(digits, birthDate, sex));
    }

    /// <summary>For logs and screens that must not show it: <c>3314**********01</c>.</summary>
    public static string Mask(string? nik) =>
        nik is { Length: >= 6 } ? nik[..4] + new string('*', nik.Length - 6) + nik[^2..] : "***";

    public override string ToString() => Mask(Value);
}

public enum Sex
{
    Male,
    Female,
}

public enum NikError
{
    None,
    Empty,
    NotDigits,
    WrongLength,
    UnknownRegion,
    InvalidBirthDate,
    InvalidSerial,
}

public readonly record struct NikParse(NikError Error, Nik? Nik);
