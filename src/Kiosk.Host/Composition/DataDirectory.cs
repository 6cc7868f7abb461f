namespace Kiosk.Host.Composition;

/// <summary>The resolved absolute data directory (<c>Kiosk:DataDirectory</c>, relative to the working directory).</summary>
public sealed record DataDirectory(string Path)
{
    public static DataDirectory From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var kiosk = KioskValidation.Kiosk.Read(configuration);
        return new DataDirectory(System.IO.Path.GetFullPath(kiosk.DataDirectory, Directory.GetCurrentDirectory()));
    }
}
