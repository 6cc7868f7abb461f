namespace Kiosk.Core.Counters;

/// <summary>What a paired device is: a counter (loket) that calls tickets, or a waiting-room display that only shows them.</summary>
public enum StaffDeviceKind
{
    Counter,
    Display,
}

/// <summary>
/// A counter or a display as the technician configured it. Its secrets are kept only as SHA-256
/// hashes: the long-lived token it presents, and the one-time pairing code until it is used or expires.
/// </summary>
public sealed record Counter
{
    /// <summary>The slug of the name, lower case (<c>loket-1</c>); the key in the store and in URLs.</summary>
    public required string Id { get; init; }

    /// <summary>As typed (<c>Loket 1</c>): what tickets, the display and the SMS notice say.</summary>
    public required string Name { get; init; }

    public StaffDeviceKind Kind { get; init; }

    /// <summary>Service codes a counter serves; empty for a display.</summary>
    public string[] Services { get; init; } = [];

    /// <summary>Hex SHA-256 of the token, or null before pairing.</summary>
    public string? TokenHash { get; init; }

    /// <summary>Hex SHA-256 of the pairing code, null once used.</summary>
    public string? PairingHash { get; init; }

    public DateTimeOffset? PairingExpiresAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? PairedAt { get; init; }
}
