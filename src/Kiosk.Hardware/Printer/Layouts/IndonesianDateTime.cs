using System.Globalization;

namespace Kiosk.Hardware.Printer.Layouts;

/// <summary>Dates as a resident reads them: "Senin, 23 November 2026" and "09.05 WIB".</summary>
public static class IndonesianDateTime
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static string Date(DateTimeOffset local) => local.ToString("dddd, d MMMM yyyy", Indonesian);

    public static string Time(DateTimeOffset local, IndonesianTimeZone zone) =>
        $"{local.ToString("HH'.'mm", Indonesian)} {Abbreviation(zone)}";

    /// <summary>Date and time on one line, two spaces apart: "Senin, 23 November 2026  09.05 WIB".</summary>
    public static string DateAndTime(DateTimeOffset local, IndonesianTimeZone zone) => $"{Date(local)}  {Time(local, zone)}";

    public static string Abbreviation(IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wib => "WIB",
        IndonesianTimeZone.Wita => "WITA",
        IndonesianTimeZone.Wit => "WIT",
        _ => throw new ArgumentOutOfRangeException(nameof(zone), zone, "Unknown Indonesian time zone."),
    };
}
