namespace Kiosk.Upstream;

/// <summary>One pushed event after validation: either <see cref="Event"/> or <see cref="Invalid"/> is set.</summary>
public sealed record IncomingEvent(Guid Id, StoredEvent? Event, string? Invalid);

/// <summary>One entry of a push answer.</summary>
public sealed record WireResult(Guid Id, string Outcome, string? Reason = null, string? Detail = null);
