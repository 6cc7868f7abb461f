namespace Kiosk.Host.Admin;

/// <summary>A configuration source with some sections hidden (the lists a later file replaces whole).</summary>
public sealed class ShadowedConfigurationSource : IConfigurationSource
{
    private readonly IConfigurationSource _inner;
    private readonly IReadOnlyList<string> _hidden;

    public ShadowedConfigurationSource(IConfigurationSource inner, IReadOnlyList<string> hiddenSections)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(hiddenSections);
        _inner = inner;
        _hidden = hiddenSections;
    }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(_inner.Build(builder), _hidden);

    private sealed class Provider : ConfigurationProvider
    {
        private readonly IConfigurationProvider _inner;
        private readonly IReadOnlyList<string> _hidden;

        public Provider(IConfigurationProvider inner, IReadOnlyList<string> hidden)
        {
            _inner = inner;
            _hidden = hidden;
        }

        public override void Load()
        {
            // The root loads the inner provider; it is only read here, never disposed with it.
            var root = new ConfigurationRoot([_inner]);
            var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in root.AsEnumerable())
            {
                if (!_hidden.Any(h => key.Equals(h, StringComparison.OrdinalIgnoreCase) || key.StartsWith(h + ":", StringComparison.OrdinalIgnoreCase)))
                {
                    data[key] = value;
                }
            }

            Data = data;
        }
    }
}
