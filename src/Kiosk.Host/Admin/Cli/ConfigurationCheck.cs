using Kiosk.Core.Configuration;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Composition;
using Kiosk.Host.Sync;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// The service's own validators (<see cref="KioskValidation"/>, every section and unknown keys)
/// over a configuration, every problem as <c>key: reason</c>: what provision refuses and doctor reports.
/// </summary>
public static class ConfigurationCheck
{
    /// <summary>Where the upstream section lives in kiosk.json (the client binds <c>Upstream</c> under <c>Kiosk</c>).</summary>
    public const string UpstreamSection = UpstreamOptions.SectionName;

    public static IReadOnlyList<ConfigurationProblem> Validate(IConfiguration configuration) => KioskValidation.Validate(configuration);

    public static OfficeProfile Office(IConfiguration configuration) => OfficeProfile.From(KioskValidation.Office.Read(configuration));

    public static PrinterOptions Printer(IConfiguration configuration)
    {
        var options = KioskValidation.Printer.Read(configuration);
        options.Validate();
        return options;
    }
}
