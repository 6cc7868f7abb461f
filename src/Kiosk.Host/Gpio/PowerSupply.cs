using Kiosk.Hardware.Gpio.Ups;

namespace Kiosk.Host.Gpio;

/// <summary>Mains or battery, as the UPS monitor last said (Mains when there is no UPS).</summary>
public sealed class PowerSupply
{
    private PowerStatus _status = PowerStatus.Mains;

    public PowerStatus Status
    {
        get => Volatile.Read(ref _status);
        set => Volatile.Write(ref _status, value ?? PowerStatus.Mains);
    }

    public bool OnBattery => Status.State != Hardware.Gpio.Ups.PowerState.Mains;
}
