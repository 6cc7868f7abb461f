namespace Kiosk.Core.Sms.Inbox;

/// <summary>
/// One received SMS (or one part of a long one) as stored before it is deleted from the modem.
/// <see cref="Id"/> is derived from the raw PDU, so the same message read twice (a crash between
/// store and delete) is stored once.
/// </summary>
public sealed record InboundPart
{
    public required string Id { get; init; }

    /// <summary>The sender as the network gave it: +62812..., 0812..., or an operator name.</summary>
    public required string Sender { get; init; }

    public required string Text { get; init; }

    /// <summary>The service centre's time stamp.</summary>
    public required DateTimeOffset SentAt { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The PDU as read from the modem, kept for inspection.</summary>
    public required string RawPdu { get; init; }

    /// <summary>Concatenation reference, part count and number (1-based); 0/1/1 for a single message.</summary>
    public int Reference { get; init; }

    public int Total { get; init; } = 1;

    public int Sequence { get; init; } = 1;

    public InboundState State { get; init; }

    /// <summary>Why a part could not be read (bad PDU), for technicians.</summary>
    public string? Error { get; init; }

    /// <summary>The key all parts of one long message share.</summary>
    public string MessageKey => Total <= 1 ? Id : $"{Sender}/{Reference}/{Total}";
}

public enum InboundState
{
    /// <summary>Stored, not yet handled (or waiting for its other parts).</summary>
    Pending,

    /// <summary>Handled: the command was carried out and the reply queued.</summary>
    Processed,

    /// <summary>The PDU could not be decoded; kept for inspection, never handled.</summary>
    Malformed,
}
