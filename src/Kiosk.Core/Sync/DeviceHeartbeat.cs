namespace Kiosk.Core.Sync;

/// <summary>The device's health as sent every few minutes. Null means unknown.</summary>
public sealed record DeviceHeartbeat(
    DateTimeOffset At,
    string AppVersion,
    string? OsVersion,
    ModemHealth? Modem,
    PrinterHealth? Printer,
    PendingCounts Pending,
    long? DiskFreeBytes,
    double? CpuTemperatureC,
    bool? OnBattery);

/// <summary>The modem part of a heartbeat. <see cref="Operator"/> is the network name, e.g. TELKOMSEL.</summary>
public sealed record ModemHealth(int? SignalDbm, bool Registered, string? Operator);

/// <summary>The printer part of a heartbeat.</summary>
public sealed record PrinterHealth(PrinterState State);

/// <summary>What is waiting on the device: outbox events and outgoing SMS.</summary>
public sealed record PendingCounts(int Outbox, int Sms);
