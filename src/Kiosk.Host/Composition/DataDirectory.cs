namespace Kiosk.Host.Composition;

/// <summary>The resolved absolute data directory (<c>Kiosk:DataDirectory</c>, relative to the working directory).</summary>
public sealed record DataDirectory(string Path)
{
    public static DataDirectory From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var kiosk = KioskValidation.Kiosk.Read(configuration);
        // A blank value is refused at start (KioskOptions.Validate); until then the default stands in.
        var path = string.IsNullOrWhiteSpace(kiosk.DataDirectory) ? new KioskOptions().DataDirectory : kiosk.DataDirectory;
        return new DataDirectory(System.IO.Path.GetFullPath(path, Directory.GetCurrentDirectory()));
    }
}
