using Kiosk.Hardware.Gpio;
using Kiosk.Host.Health;

namespace Kiosk.Host.Gpio;

/// <summary>The UPS in /healthz: degraded while on battery, with the shutdown deadline.</summary>
public sealed class PowerHealth : IHealthComponent
{
    private readonly GpioBoard _board;
    private readonly PowerSupply _power;

    public PowerHealth(GpioBoard board, PowerSupply power)
    {
        _board = board;
        _power = power;
    }

    public string Name => "power";

    public ComponentHealth Check()
    {
        var status = _power.Status;
        var data = new Dictionary<string, object?>
        {
            ["state"] = status.State.ToString().ToLowerInvariant(),
            ["onBatterySince"] = status.OnBatterySince,
            ["shutdownDeadline"] = status.ShutdownDeadline,
            ["batteryVolts"] = status.BatteryVolts,
            ["statusLed"] = _board.StatusLed is not null,
            ["buzzer"] = _board.Buzzer is not null,
            ["ticketButton"] = _board.TicketButton is not null,
            ["modemPowerKey"] = _board.ModemPowerKey is not null,
        };
        if (_board.PowerSensor is null)
        {
            return new ComponentHealth(HealthState.Disabled, "No UPS monitor configured (Kiosk:Gpio:PowerLossPin or Kiosk:Gpio:Ina219).", data);
        }

        return _power.OnBattery
            ? new ComponentHealth(HealthState.Degraded, $"On battery since {status.OnBatterySince:HH:mm} UTC; the kiosk shuts down cleanly at {status.ShutdownDeadline:HH:mm} UTC unless mains returns.", data)
            : new ComponentHealth(HealthState.Ok, null, data);
    }
}
