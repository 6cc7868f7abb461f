namespace Kiosk.Core.Configuration;

/// <summary>A service the office offers at its counters (A: Pengaduan &amp; Informasi, ...).</summary>
public sealed record OfficeService(string Code, string Name, string NameEn, int DefaultMinutes);

/// <summary>A complaint category.</summary>
public sealed record ComplaintCategory(string Code, string Name, string NameEn);
