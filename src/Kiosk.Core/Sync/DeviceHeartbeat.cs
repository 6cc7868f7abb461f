using Kiosk.Core.Printing;

namespace Kiosk.Core.Sync;

/// <summary>The device's health as sent every few minutes. Null means unknown.</summary>
public sealed record DeviceHeartbeat(
    DateTimeOffset At,
    string AppVersion,
    string? OsVersion,
    HeartbeatModem? Modem,
    HeartbeatPrinter? Printer,
    PendingCounts Pending,
    long? DiskFreeBytes,
    double? CpuTemperatureC,
    bool? OnBattery);

/// <summary>The modem part of a heartbeat. <see cref="Operator"/> is the network name, e.g. TELKOMSEL.</summary>
public sealed record HeartbeatModem(int? SignalDbm, bool Registered, string? Operator);

/// <summary>The printer part of a heartbeat; <see cref="State"/> goes on the wire through <see cref="HeartbeatPrinterStates"/>.</summary>
public sealed record HeartbeatPrinter(PrinterCondition State);

/// <summary>What is waiting on the device: outbox events and outgoing SMS.</summary>
public sealed record PendingCounts(int Outbox, int Sms);
