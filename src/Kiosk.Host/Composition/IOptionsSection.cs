using Kiosk.Core.Configuration;

namespace Kiosk.Host.Composition;

/// <summary>One settings section as <see cref="KioskValidation"/> lists it, whatever its options type.</summary>
public interface IOptionsSection
{
    /// <summary>The full configuration path, e.g. <c>Kiosk:Modem</c>.</summary>
    string Name { get; }

    /// <summary>The keys this section accepts.</summary>
    SettingKeys Keys { get; }

    /// <summary>Reads the section as the service would and runs its validator: every problem, each with its full key.</summary>
    IReadOnlyList<ConfigurationProblem> Validate(IConfiguration configuration);

    /// <summary>The service's own instance (<c>IOptions&lt;T&gt;.Value</c>), so a failure of the DI pipeline is reported too.</summary>
    void Resolve(IServiceProvider services);
}
