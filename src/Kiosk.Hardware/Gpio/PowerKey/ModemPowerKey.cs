using System.Device.Gpio;
using Microsoft.Extensions.Logging;

namespace Kiosk.Hardware.Gpio.PowerKey;

/// <summary>
/// The modem's PWRKEY: a pulse of the configured length switches a SIMCom module on or off, and
/// <see cref="PowerCycleAsync"/> (off pulse, wait, on pulse) is the last step of the modem's
/// recovery. Pulses never overlap, and the key is always released, also on cancellation (a SIM800
/// held low for 33 s switches itself back on). The pin is opened on the first pulse.
/// </summary>
public sealed partial class ModemPowerKey : IDisposable
{
    private readonly GpioController _controller;
    private readonly int _pin;
    private readonly PinValue _assert;
    private readonly PinValue _release;
    private readonly bool _shouldDispose;
    private readonly TimeProvider _time;
    private readonly ILogger<ModemPowerKey> _logger;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private bool _opened;
    private bool _disposed;

    public ModemPowerKey(
        GpioController controller,
        int pin,
        ModemPowerKeyTimings timings,
        LineLevel assertLevel,
        bool shouldDispose,
        TimeProvider timeProvider,
        ILogger<ModemPowerKey> logger)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(timings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _controller = controller;
        _pin = pin;
        Timings = timings;
        _assert = assertLevel == LineLevel.High ? PinValue.High : PinValue.Low;
        _release = assertLevel == LineLevel.High ? PinValue.Low : PinValue.High;
        _shouldDispose = shouldDispose;
        _time = timeProvider;
        _logger = logger;
    }

    public ModemPowerKeyTimings Timings { get; }

    public Task PowerOnAsync(CancellationToken cancellationToken) =>
        RunAsync(ct => PulseAsync(Timings.OnPulse, "on", ct), cancellationToken);

    public Task PowerOffAsync(CancellationToken cancellationToken) =>
        RunAsync(ct => PulseAsync(Timings.OffPulse, "off", ct), cancellationToken);

    /// <summary>Off pulse, wait for the module to log off, on pulse.</summary>
    public Task PowerCycleAsync(CancellationToken cancellationToken) => RunAsync(
        async ct =>
        {
            await PulseAsync(Timings.OffPulse, "off", ct);
            await Task.Delay(Timings.OffToOnDelay, _time, ct);
            await PulseAsync(Timings.OnPulse, "on", ct);
        },
        cancellationToken);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_opened)
        {
            _controller.Write(_pin, _release);
            _controller.ClosePin(_pin);
        }

        if (_shouldDispose)
        {
            _controller.Dispose();
        }

        _oneAtATime.Dispose();
    }

    private async Task RunAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            EnsureOpen();
            await action(cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task PulseAsync(TimeSpan hold, string purpose, CancellationToken cancellationToken)
    {
        LogPulse(purpose, _pin, hold.TotalMilliseconds);
        _controller.Write(_pin, _assert);
        try
        {
            await Task.Delay(hold, _time, cancellationToken);
        }
        finally
        {
            // Dispose has already released the key and closed the pin.
            if (!_disposed)
            {
                _controller.Write(_pin, _release);
            }
        }
    }

    private void EnsureOpen()
    {
        if (_opened)
        {
            return;
        }

        try
        {
            // Opened straight at the released level: no stray pulse while the pin changes mode.
            _controller.OpenPin(_pin, PinMode.Output, _release);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw GpioDeviceException.PinUnavailable("modem power key", _pin, ex);
        }

        _opened = true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Modem PWRKEY {Purpose} pulse on BCM {Pin} for {HoldMs} ms")]
    private partial void LogPulse(string purpose, int pin, double holdMs);
}
