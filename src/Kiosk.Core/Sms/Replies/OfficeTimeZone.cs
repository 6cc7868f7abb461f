using System.Globalization;

namespace Kiosk.Core.Sms.Replies;

/// <summary>Indonesia's three time zones by their UTC offset: WIB (+7), WITA (+8), WIT (+9).</summary>
internal static class OfficeTimeZone
{
    public static string Abbreviation(TimeZoneInfo zone, DateTimeOffset instant)
    {
        var offset = zone.GetUtcOffset(instant);
        return offset.TotalHours switch
        {
            7 => "WIB",
            8 => "WITA",
            9 => "WIT",
            _ => "UTC" + offset.ToString(offset < TimeSpan.Zero ? @"\-hh\:mm" : @"\+hh\:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary><c>23/11/2026 14.05 WIT</c>: the date and time as Indonesian forms write them.</summary>
    public static string Format(TimeZoneInfo zone, DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.ToString("dd'/'MM'/'yyyy HH'.'mm", CultureInfo.InvariantCulture) + " " + Abbreviation(zone, instant);
    }
}
