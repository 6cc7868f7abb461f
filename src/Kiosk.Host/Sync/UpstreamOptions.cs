namespace Kiosk.Host.Sync;

/// <summary>
/// The <c>Upstream</c> configuration section. No <see cref="Url"/> means sync is disabled, which is
/// valid (a demo or a device not yet provisioned). <see cref="UpstreamOptionsValidator"/> checks the rest.
/// </summary>
public sealed class UpstreamOptions
{
    public const string SectionName = "Kiosk:Upstream";

    /// <summary>The upstream's base address, e.g. <c>https://sync.sragenkab.go.id</c>.</summary>
    public string? Url { get; set; }

    /// <summary>This device's id at the upstream, set at provisioning.</summary>
    public string? DeviceId { get; set; }

    /// <summary>The per-device bearer token, set at provisioning. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Events per push (1 to 500).</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How often to pull status updates.</summary>
    public TimeSpan PullInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Optional PEM or DER file with the CA the upstream's certificate must chain to.</summary>
    public string? CaFile { get; set; }

    /// <summary>Per-request timeout: connect, send and read the whole answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Days a record upstream already has is kept on the device before it is purged.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>False keeps the worker from looping on its own (tests drive its cycles one by one).</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>Above this many pending events the sync fault is raised (nothing is dropped).</summary>
    public int MaxPending { get; set; } = 50_000;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Url);
}
