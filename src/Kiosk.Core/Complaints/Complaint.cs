namespace Kiosk.Core.Complaints;

/// <summary>A complaint (pengaduan). Immutable: every change is a new version, stored with its event.</summary>
public sealed record Complaint
{
    /// <summary>The tracking code's compact form, <c>K7M29QXD3</c>.</summary>
    public required string Id { get; init; }

    public required string Category { get; init; }

    public required string Village { get; init; }

    public required string Description { get; init; }

    public string? Name { get; init; }

    public string? Nik { get; init; }

    /// <summary>E.164; SMS updates go here.</summary>
    public string? Phone { get; init; }

    public Channel Channel { get; init; }

    public ComplaintStatus Status { get; init; }

    public StatusChange[] History { get; init; } = [];

    public required DateTimeOffset CreatedAt { get; init; }

    public int Version { get; init; } = 1;

    public TrackingCode TrackingCode => TrackingCode.TryParse(Id, out var code) ? code : default;
}
