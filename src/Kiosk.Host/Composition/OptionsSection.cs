using Kiosk.Core.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Composition;

/// <summary>
/// A settings section: where it lives, its options class and the validator that checks it. The
/// service registers it with <see cref="Register"/> (bound, <see cref="IValidateOptions{TOptions}"/>,
/// <c>ValidateOnStart</c>); provision and doctor call <see cref="Validate"/>: the same checks.
/// </summary>
public sealed class OptionsSection<T> : IOptionsSection
    where T : class, new()
{
    private readonly Func<T, IEnumerable<ConfigurationProblem>> _check;
    private readonly Func<IConfigurationSection, IEnumerable<ConfigurationProblem>>? _checkExtra;

    /// <param name="name">The section's path.</param>
    /// <param name="check">The validator over a bound instance.</param>
    /// <param name="extraKeys">Keys read straight from configuration rather than bound (relative to the section).</param>
    /// <param name="checkExtra">The validator of those keys.</param>
    public OptionsSection(string name, Func<T, IEnumerable<ConfigurationProblem>> check, IReadOnlyList<string>? extraKeys = null, Func<IConfigurationSection, IEnumerable<ConfigurationProblem>>? checkExtra = null)
    {
        Name = name;
        _check = check;
        _checkExtra = checkExtra;
        Keys = new SettingKeys(name, typeof(T), extraKeys ?? []);
    }

    public string Name { get; }

    public SettingKeys Keys { get; }

    /// <summary>The validator alone, over an instance already bound.</summary>
    public IReadOnlyList<ConfigurationProblem> Check(T options) => [.. _check(options)];

    public IReadOnlyList<ConfigurationProblem> Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Name);
        var problems = new List<ConfigurationProblem>();
        foreach (var (key, value) in section.AsEnumerable())
        {
            if (value is not null && Keys.LeafType(key) is { } type && SettingKeys.Unreadable(value, type) is { } reason)
            {
                problems.Add(new ConfigurationProblem(key, reason));
            }
        }

        if (problems.Count == 0)
        {
            try
            {
                problems.AddRange(_check(section.Get<T>() ?? new T()));
            }
            catch (InvalidOperationException e)
            {
                // The binder names the key and the type, e.g. "Failed to convert configuration value at 'Kiosk:Modem:BaudRate' ...".
                problems.Add(new ConfigurationProblem(Name, e.Message));
            }
        }

        if (_checkExtra is not null)
        {
            problems.AddRange(_checkExtra(section));
        }

        return problems;
    }

    /// <summary>
    /// The settings as they are now, for what is decided while registering (is SMS on? which pins?);
    /// the defaults when a value cannot be read, since start refuses that configuration anyway.
    /// </summary>
    public T Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        try
        {
            return configuration.GetSection(Name).Get<T>() ?? new T();
        }
        catch (InvalidOperationException)
        {
            return new T();
        }
    }

    /// <summary>Binds <c>IOptions&lt;T&gt;</c> to the section, validated by this section's validator at start; <typeparamref name="T"/> itself resolves to the validated value.</summary>
    public IServiceCollection Register(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<T>().Bind(configuration.GetSection(Name)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>>(new SectionValidator(this)));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return services;
    }

    public void Resolve(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        _ = services.GetService<IOptions<T>>()?.Value;
    }

    /// <summary>This section's validator as the options pipeline calls it.</summary>
    private sealed class SectionValidator(OptionsSection<T> section) : IValidateOptions<T>
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var problems = section.Check(options);
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => p.ToString()));
        }
    }
}
