using System.Globalization;
using System.Text.Json;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Core.Sync;
using Kiosk.Host.Composition;
using Kiosk.Host.Printing;
using Kiosk.Host.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// The doctor's checks of what makes a device do its job beyond a healthy service: provisioned,
/// its token accepted upstream (a heartbeat), no events quarantined, paper in the printer, the modem
/// registered with a usable signal.
/// </summary>
public static class DoctorDeviceChecks
{
    /// <summary>Below this the modem drops SMS (about 2 bars of 5 on a SIM800).</summary>
    public const int WeakSignalDbm = -100;

    /// <summary>FAIL without a configuration file that names the office; WARN when it names no upstream (sync off).</summary>
    public static IEnumerable<DoctorLine> Provisioned(CliSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var t = session.Texts;
        var file = session.ConfigFile;
        if (session.ConfigNotPermitted)
        {
            yield return new("provision", DoctorVerdict.Warn, t.Format(CliText.DoctorConfigNotPermitted, file), t[CliText.DoctorConfigNotPermittedHint]);
            yield break;
        }

        if (!File.Exists(file))
        {
            yield return new("provision", DoctorVerdict.Fail, t.Format(CliText.DoctorNotProvisioned, file), t[CliText.DoctorProvisionHint]);
            yield break;
        }

        var own = new ConfigurationBuilder();
        KioskConfigFile.AddTo(own, file);
        var configuration = own.Build();
        var siteCode = configuration["Kiosk:Office:SiteCode"];
        if (string.IsNullOrWhiteSpace(siteCode))
        {
            yield return new("provision", DoctorVerdict.Fail, t.Format(CliText.DoctorNoOffice, file), t[CliText.DoctorProvisionHint]);
            yield break;
        }

        yield return new("provision", DoctorVerdict.Pass, t.Format(CliText.DoctorProvisioned, configuration["Kiosk:Office:Name"] ?? "-", siteCode, file));
        if (string.IsNullOrWhiteSpace(configuration[$"{UpstreamOptions.SectionName}:Url"]))
        {
            yield return new("upstream", DoctorVerdict.Warn, t.Format(CliText.DoctorNoUpstream, file), t[CliText.DoctorUpstreamHint]);
        }
    }

    /// <summary>
    /// A heartbeat with this device's id and token, as the sync worker sends it: PASS when upstream
    /// answers, FAIL when it refuses the token (401/403), WARN when it cannot be reached (the device
    /// keeps working and syncs later). Nothing when no upstream is configured or the section is invalid.
    /// </summary>
    public static async Task<DoctorLine?> UpstreamTokenAsync(CliSession session, long pendingEvents, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var t = session.Texts;
        var options = KioskValidation.Upstream.Read(session.Configuration);
        if (!options.IsEnabled || new UpstreamOptionsValidator().Validate(null, options).Failed)
        {
            return null;
        }

        using var http = new HttpClient(UpstreamHttpHandler.Create(options)) { Timeout = Timeout.InfiniteTimeSpan };
        var client = new HttpUpstreamClient(http, Options.Create(options), NullLogger<HttpUpstreamClient>.Instance, TimeProvider.System);
        var heartbeat = new DeviceHeartbeat(
            TimeProvider.System.GetUtcNow(), ReceiptPrinter.AppVersion, Environment.OSVersion.VersionString, null, null, new PendingCounts((int)Math.Min(pendingEvents, int.MaxValue), 0), null, null, null);
        return await client.HeartbeatAsync(heartbeat, ct) switch
        {
            UpstreamOutcome<HeartbeatReceipt>.Answered => new("token", DoctorVerdict.Pass, t.Format(CliText.DoctorTokenOk, options.DeviceId, options.Url)),
            UpstreamOutcome<HeartbeatReceipt>.Unauthorized refused => new("token", DoctorVerdict.Fail, t.Format(CliText.DoctorTokenRefused, options.Url, refused.Failure.ToString().ToLowerInvariant()), t[CliText.DoctorTokenHint]),
            UpstreamOutcome<HeartbeatReceipt>.RetryLater later => new("token", DoctorVerdict.Warn, t.Format(CliText.DoctorUpstreamUnreachable, options.Url, later.Reason.ToString().ToLowerInvariant()), t[CliText.DoctorUpstreamUnreachableHint]),
            UpstreamOutcome<HeartbeatReceipt>.Unexpected odd => new("token", DoctorVerdict.Warn, t.Format(CliText.DoctorUpstreamUnreachable, options.Url, $"HTTP {odd.StatusCode} {odd.Error}".Trim()), t[CliText.DoctorUpstreamUnreachableHint]),
            _ => null,
        };
    }

    /// <summary>WARN with the count when upstream refused events for good (they wait in quarantine for a technician).</summary>
    public static DoctorLine Quarantine(CliSession session, long quarantined)
    {
        ArgumentNullException.ThrowIfNull(session);
        return quarantined > 0
            ? new("quarantine", DoctorVerdict.Warn, session.Texts.Format(CliText.DoctorQuarantined, quarantined), session.Texts[CliText.DoctorQuarantineHint])
            : new("quarantine", DoctorVerdict.Pass, session.Texts[CliText.DoctorNoQuarantine]);
    }

    /// <summary>The outbox counts of a stopped kiosk's store: (pending, quarantined), or null when there is no readable store.</summary>
    public static (long Pending, long Quarantined)? StoredCounts(CliSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var file = Path.Combine(session.DataDirectory, LiteKioskDatabase.FileName);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            using var db = LiteKioskDatabase.OpenReadOnly(file);
            var counts = new LiteOutbox(db).Count();
            return (counts.Pending, counts.Quarantined);
        }
        catch (Core.Storage.StorageException)
        {
            return null;
        }
    }

    /// <summary>The printer from /healthz: FAIL when it cannot print (paper out, cover open, offline), WARN when the paper is near its end.</summary>
    public static DoctorLine Printer(CliSession session, string message, JsonElement data)
    {
        ArgumentNullException.ThrowIfNull(session);
        var t = session.Texts;
        if (String(data, "problem") is { } problem)
        {
            return new("printer", DoctorVerdict.Fail, message, problem == "paper_out" ? t[CliText.DoctorPaperOutHint] : t[CliText.DoctorPrinterHint]);
        }

        return Bool(data, "paperNearEnd") == true
            ? new("printer", DoctorVerdict.Warn, t.Format(CliText.DoctorPaperNearEnd, message), t[CliText.DoctorPaperOutHint])
            : new("printer", DoctorVerdict.Pass, message);
    }

    /// <summary>The modem from /healthz when it is connected: FAIL unregistered, WARN on a weak or unknown signal.</summary>
    public static DoctorLine? ModemNetwork(CliSession session, JsonElement data)
    {
        ArgumentNullException.ThrowIfNull(session);
        var t = session.Texts;
        if (Bool(data, "connected") != true)
        {
            return null;
        }

        var registration = String(data, "registration");
        var signal = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("signalDbm", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : (int?)null;
        var signalText = signal is { } dbm ? dbm.ToString(CultureInfo.InvariantCulture) + " dBm" : "?";
        var network = String(data, "operator") ?? "-";
        return registration switch
        {
            null => new("network", DoctorVerdict.Warn, t.Format(CliText.DoctorModemUnregistered, "not read yet", signalText), t[CliText.DoctorModemNetworkHint]),
            _ when !registration.StartsWith("Registered", StringComparison.Ordinal) => new("network", DoctorVerdict.Fail, t.Format(CliText.DoctorModemUnregistered, registration, signalText), t[CliText.DoctorModemNetworkHint]),
            _ when signal is null || signal < WeakSignalDbm => new("network", DoctorVerdict.Warn, t.Format(CliText.DoctorModemWeak, network, signalText), t[CliText.DoctorModemNetworkHint]),
            _ => new("network", DoctorVerdict.Pass, t.Format(CliText.DoctorModemRegistered, network, registration, signalText)),
        };
    }

    internal static string? String(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static bool? Bool(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

    internal static long? Long(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
}
