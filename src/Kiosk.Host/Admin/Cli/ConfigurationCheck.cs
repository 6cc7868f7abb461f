using Kiosk.Core.Configuration;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Sync;

namespace Kiosk.Host.Admin.Cli;

/// <summary>
/// The service's own validators run over a configuration (office, printer, upstream), every problem
/// as <c>key: reason</c>: what provision refuses and doctor reports.
/// </summary>
public static class ConfigurationCheck
{
    /// <summary>Where the upstream section lives in kiosk.json (the client binds <c>Upstream</c> under <c>Kiosk</c>).</summary>
    public const string UpstreamSection = UpstreamOptions.SectionName;

    public static IReadOnlyList<ConfigurationProblem> Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<ConfigurationProblem>();
        if (Bind<OfficeOptions>(configuration, OfficeOptions.SectionName, problems) is { } office)
        {
            problems.AddRange(OfficeOptionsValidator.Validate(office));
        }

        if (Bind<PrinterOptions>(configuration, PrinterOptions.SectionName, problems) is { } printer)
        {
            try
            {
                printer.Validate();
            }
            catch (PrinterConfigurationException e)
            {
                problems.Add(new ConfigurationProblem(e.Key, e.Reason));
            }
        }

        if (Bind<UpstreamOptions>(configuration, UpstreamSection, problems) is { } upstream)
        {
            var result = new UpstreamOptionsValidator().Validate(null, upstream);
            foreach (var failure in result.Failures ?? [])
            {
                // The validator names keys as "Upstream:Url ..."; give the full key the file uses.
                var split = failure.IndexOf(' ', StringComparison.Ordinal);
                var key = split > 0 ? failure[..split] : UpstreamOptions.SectionName;
                problems.Add(new ConfigurationProblem("Kiosk:" + key, split > 0 ? failure[(split + 1)..] : failure));
            }
        }

        return problems;
    }

    public static OfficeProfile Office(IConfiguration configuration) =>
        OfficeProfile.From(configuration.GetSection(OfficeOptions.SectionName).Get<OfficeOptions>() ?? new OfficeOptions());

    public static PrinterOptions Printer(IConfiguration configuration)
    {
        var options = configuration.GetSection(PrinterOptions.SectionName).Get<PrinterOptions>() ?? new PrinterOptions();
        options.Validate();
        return options;
    }

    private static T? Bind<T>(IConfiguration configuration, string section, List<ConfigurationProblem> problems)
        where T : class, new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the bad value and type, e.g. "Failed to convert configuration value at 'Kiosk:Printer:Transport' ...".
            problems.Add(new ConfigurationProblem(section, e.Message));
            return null;
        }
    }
}
