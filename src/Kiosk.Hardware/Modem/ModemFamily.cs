namespace Kiosk.Hardware.Modem;

/// <summary>The modem's family, for its quirks.</summary>
public enum ModemFamily
{
    /// <summary>Any 27.005/27.007 modem.</summary>
    Generic,

    /// <summary>SIMCom SIM800/SIM7600 on the UART: echo on at power-up, USSD strings as plain text.</summary>
    Sim800,

    /// <summary>Huawei E173-class USB stick: <c>^RSSI</c>/<c>^BOOT</c> noise until AT^CURC=0, USSD strings packed as hex.</summary>
    Huawei,
}
