namespace Kiosk.Hardware.Gpio.PowerKey;

/// <summary>
/// How long PWRKEY is held low to switch the module on and off, and how long a power cycle waits
/// between the two. Defaults follow SIMCom's hardware design guides with a margin:
/// <list type="bullet">
/// <item>SIM800: on ≥ 1 s; off ≥ 1 s (V1.05) / ≥ 1.5 s (V1.09+), and below 33 s or it powers up again;
/// STATUS falls about 2 s after the off pulse. Defaults: on 1.2 s, off 1.8 s, wait 5 s.</item>
/// <item>SIM7600: on ≥ 500 ms (typical); off ≥ 2.5 s; the module needs about 26 s to log off
/// and drop STATUS. Defaults: on 0.6 s, off 3 s, wait 30 s.</item>
/// </list>
/// </summary>
public sealed record ModemPowerKeyTimings(TimeSpan OnPulse, TimeSpan OffPulse, TimeSpan OffToOnDelay)
{
    public static ModemPowerKeyTimings Sim800 { get; } =
        new(TimeSpan.FromMilliseconds(1200), TimeSpan.FromMilliseconds(1800), TimeSpan.FromSeconds(5));

    public static ModemPowerKeyTimings Sim7600 { get; } =
        new(TimeSpan.FromMilliseconds(600), TimeSpan.FromMilliseconds(3000), TimeSpan.FromSeconds(30));

    public static ModemPowerKeyTimings For(ModemModule module) => module switch
    {
        ModemModule.Sim800 => Sim800,
        ModemModule.Sim7600 => Sim7600,
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, "Unknown modem module."),
    };

    /// <summary>The module's defaults with any timing the configuration sets.</summary>
    public static ModemPowerKeyTimings From(ModemPowerKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var defaults = For(options.Module);
        return new ModemPowerKeyTimings(
            options.OnPulseMs is { } on ? TimeSpan.FromMilliseconds(on) : defaults.OnPulse,
            options.OffPulseMs is { } off ? TimeSpan.FromMilliseconds(off) : defaults.OffPulse,
            options.OffToOnDelayMs is { } wait ? TimeSpan.FromMilliseconds(wait) : defaults.OffToOnDelay);
    }
}
