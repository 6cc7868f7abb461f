namespace Kiosk.Hardware.Gpio.Ups;

public enum ShutdownReason
{
    /// <summary>On battery for longer than <c>Kiosk:Gpio:Shutdown:AfterOnBattery</c>.</summary>
    OnBatteryTooLong = 0,

    /// <summary>On battery and below <c>Kiosk:Gpio:Shutdown:BelowCellVolts</c> per cell on two samples running.</summary>
    BatteryLow = 1,
}
