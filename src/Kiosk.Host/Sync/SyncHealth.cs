using Kiosk.Core.Storage;
using Kiosk.Core.Sync;
using Kiosk.Host.Health;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Sync;

/// <summary>
/// Sync in /healthz: disabled without a URL; degraded when upstream refuses the token, the last
/// attempt failed, or the outbox passes its limit. Never "failed": tickets do not depend on it.
/// </summary>
public sealed class SyncHealth : IHealthComponent
{
    private readonly UpstreamOptions _options;
    private readonly IOutbox _outbox;
    private readonly ISyncStateStore _state;

    public SyncHealth(IOptions<UpstreamOptions> options, IOutbox outbox, ISyncStateStore state)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _outbox = outbox;
        _state = state;
    }

    public string Name => "sync";

    public ComponentHealth Check()
    {
        var counts = _outbox.Count();
        var state = _state.Load();
        var data = new Dictionary<string, object?>
        {
            ["pending"] = counts.Pending,
            ["quarantined"] = counts.Quarantined,
            ["lastSuccessAt"] = state.LastSuccessAt,
            ["lastErrorAt"] = state.LastErrorAt,
            ["lastError"] = state.LastError,
            ["cursor"] = state.Cursor,
        };
        if (!_options.IsEnabled)
        {
            return new ComponentHealth(HealthState.Disabled, $"Sync is disabled: {UpstreamOptions.SectionName}:Url is not set.", data);
        }

        data["url"] = _options.Url;
        if (state.Unauthorized)
        {
            return new ComponentHealth(HealthState.Degraded, "Upstream refused this device's token: reprovision it (kiosk provision --token ...).", data);
        }

        if (counts.Pending > _options.MaxPending)
        {
            return new ComponentHealth(HealthState.Degraded, $"{counts.Pending} events wait for upstream (limit {_options.MaxPending}); nothing is dropped.", data);
        }

        if (state.LastErrorAt is { } errorAt && (state.LastSuccessAt is null || errorAt > state.LastSuccessAt))
        {
            return new ComponentHealth(HealthState.Degraded, state.LastError, data);
        }

        return new ComponentHealth(HealthState.Ok, null, data);
    }
}
