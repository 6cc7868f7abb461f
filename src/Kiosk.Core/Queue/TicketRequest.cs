namespace Kiosk.Core.Queue;

/// <summary>What a resident asks for: a service, maybe priority, maybe a phone for SMS.</summary>
public sealed record TicketRequest(string? Service, Priority Priority = Priority.None, Channel Channel = Channel.Kiosk, string? Phone = null);
