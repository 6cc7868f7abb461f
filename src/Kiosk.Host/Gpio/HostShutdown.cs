using System.Diagnostics;
using Kiosk.Core.Storage.LiteDb;
using Kiosk.Hardware.Gpio.Ups;

namespace Kiosk.Host.Gpio;

/// <summary>
/// The end of a power cut the battery cannot outlast: the store is checkpointed (nothing lost), the
/// service stops, and the machine powers off (<c>Kiosk:Power:PoweroffCommand</c>, default
/// <c>systemctl poweroff</c>; empty = only stop the service).
/// </summary>
public sealed partial class HostShutdown : IShutdownSequence
{
    private readonly LiteKioskDatabase _db;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly string? _command;
    private readonly ILogger<HostShutdown> _logger;

    public HostShutdown(LiteKioskDatabase db, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<HostShutdown> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _db = db;
        _lifetime = lifetime;
        _command = configuration["Kiosk:Power:PoweroffCommand"] ?? "systemctl poweroff";
        _logger = logger;
    }

    public async Task ShutdownAsync(ShutdownReason reason, CancellationToken cancellationToken)
    {
        LogShutdown(_logger, reason);
        _db.Checkpoint();
        if (!string.IsNullOrWhiteSpace(_command))
        {
            var parts = _command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            using var process = Process.Start(new ProcessStartInfo(parts[0], parts[1..]) { UseShellExecute = false });
            if (process is not null)
            {
                await process.WaitForExitAsync(cancellationToken);
            }
        }

        _lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Power: shutting down ({Reason}); the store is checkpointed first")]
    private static partial void LogShutdown(ILogger logger, ShutdownReason reason);
}
