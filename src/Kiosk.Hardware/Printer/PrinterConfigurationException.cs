namespace Kiosk.Hardware.Printer;

/// <summary>A bad <c>Kiosk:Printer</c> setting: names the key and the reason so the service stops with a clear answer.</summary>
public sealed class PrinterConfigurationException : PrinterException
{
    public PrinterConfigurationException()
        : this("Kiosk:Printer", "invalid")
    {
    }

    public PrinterConfigurationException(string message)
        : this("Kiosk:Printer", message)
    {
    }

    public PrinterConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = "Kiosk:Printer";
        Reason = message;
    }

    public PrinterConfigurationException(string key, string reason)
        : base(PrinterError.InvalidConfiguration, $"Configuration {key}: {reason}")
    {
        Key = key;
        Reason = reason;
    }

    public string Key { get; }

    public string Reason { get; }
}
