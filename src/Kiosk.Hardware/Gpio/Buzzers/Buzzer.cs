using System.Device.Gpio;
using System.Device.Pwm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kiosk.Hardware.Gpio.Buzzers;

/// <summary>
/// A buzzer: a passive one on a hardware <see cref="PwmChannel"/> (the PWM makes the tone) or an
/// active one on a plain GPIO pin (high = sounding). Every call returns at once; the sound runs on
/// a timer from the injected <see cref="TimeProvider"/>. A ticket chirp never cuts an alarm short.
/// </summary>
public sealed class Buzzer : IDisposable
{
    private readonly PatternPlayer _player;
    private readonly Action _release;
    private readonly object _gate = new();
    private readonly Action _open;
    private bool _opened;
    private bool _disposed;

    /// <summary>A passive buzzer: the channel is started at <paramref name="frequencyHz"/>, 50 % duty, while sounding.</summary>
    public Buzzer(PwmChannel channel, int frequencyHz, bool shouldDispose, TimeProvider timeProvider, ILogger<Buzzer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frequencyHz);
        _open = () =>
        {
            channel.Frequency = frequencyHz;
            channel.DutyCycle = 0.5;
        };
        _player = new PatternPlayer(
            on =>
            {
                if (on)
                {
                    channel.Start();
                }
                else
                {
                    channel.Stop();
                }
            },
            timeProvider,
            logger ?? (ILogger)NullLogger.Instance,
            "buzzer");
        _release = () =>
        {
            channel.Stop();
            if (shouldDispose)
            {
                channel.Dispose();
            }
        };
    }

    /// <summary>An active buzzer on a GPIO pin.</summary>
    public Buzzer(GpioController controller, int pin, bool shouldDispose, TimeProvider timeProvider, ILogger<Buzzer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _open = () =>
        {
            try
            {
                controller.OpenPin(pin, PinMode.Output);
            }
            catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                throw GpioDeviceException.PinUnavailable("buzzer", pin, ex);
            }

            controller.Write(pin, PinValue.Low);
        };
        _player = new PatternPlayer(
            on => controller.Write(pin, on ? PinValue.High : PinValue.Low),
            timeProvider,
            logger ?? (ILogger)NullLogger.Instance,
            "buzzer");
        _release = () =>
        {
            if (_opened)
            {
                controller.Write(pin, PinValue.Low);
                controller.ClosePin(pin);
            }

            if (shouldDispose)
            {
                controller.Dispose();
            }
        };
    }

    /// <summary>True while a sound plays.</summary>
    public bool IsSounding => _player.Current is not null;

    /// <summary>The short chirp for a printed ticket; skipped while the alarm plays.</summary>
    public void TicketPrinted()
    {
        lock (_gate)
        {
            if (ReferenceEquals(_player.Current, BuzzerPatterns.StaffAlarm))
            {
                return;
            }

            PlayLocked(BuzzerPatterns.TicketPrinted);
        }
    }

    /// <summary>The alarm for a fault that needs staff.</summary>
    public void Alarm()
    {
        lock (_gate)
        {
            PlayLocked(BuzzerPatterns.StaffAlarm);
        }
    }

    public void Play(BlinkPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        lock (_gate)
        {
            PlayLocked(pattern);
        }
    }

    public void Silence()
    {
        lock (_gate)
        {
            if (!_disposed && _opened)
            {
                _player.Stop();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _player.Dispose();
            _release();
        }
    }

    private void PlayLocked(BlinkPattern pattern)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_opened)
        {
            _open();
            _opened = true;
        }

        _player.Play(pattern);
    }
}
