namespace Kiosk.Core.Sync;

/// <summary>200 or 204 to a heartbeat: received; nothing else to learn.</summary>
public sealed record HeartbeatReceipt;
