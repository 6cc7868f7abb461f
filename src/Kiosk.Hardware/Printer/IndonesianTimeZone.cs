namespace Kiosk.Hardware.Printer;

/// <summary>The three Indonesian time zones, printed by their abbreviation.</summary>
public enum IndonesianTimeZone
{
    /// <summary>Waktu Indonesia Barat, UTC+7.</summary>
    Wib,

    /// <summary>Waktu Indonesia Tengah, UTC+8.</summary>
    Wita,

    /// <summary>Waktu Indonesia Timur, UTC+9.</summary>
    Wit,
}
