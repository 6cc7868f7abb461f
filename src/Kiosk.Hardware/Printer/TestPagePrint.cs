namespace Kiosk.Hardware.Printer;

/// <summary>What the technician's test page shows about the device.</summary>
public sealed record TestPagePrint(
    string OfficeName,
    string SiteCode,
    string AppVersion,
    string FirmwareVersion,
    DateTimeOffset PrintedAtLocal,
    IndonesianTimeZone Zone);
