namespace Kiosk.Core.Storage;

/// <summary>How much of the outbox is still to go, and how much was set aside.</summary>
public sealed record OutboxCounts(int Pending, int Quarantined, int Sent);
