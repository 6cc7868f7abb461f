using Kiosk.Core.Storage;
using Kiosk.Core.Sync;
using Kiosk.Host.Admin;
using Microsoft.Extensions.Options;

namespace Kiosk.Host.Sync;

/// <summary>What <c>kiosk sync status | now</c> sees and does.</summary>
public sealed class SyncControl : ISyncControl
{
    private readonly SyncWorker _worker;
    private readonly ISyncStateStore _state;
    private readonly IOutbox _outbox;
    private readonly UpstreamOptions _options;

    public SyncControl(SyncWorker worker, ISyncStateStore state, IOutbox outbox, IOptions<UpstreamOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _worker = worker;
        _state = state;
        _outbox = outbox;
        _options = options.Value;
    }

    public SyncStatus Status()
    {
        var state = _state.Load();
        var counts = _outbox.Count();
        return new SyncStatus(_options.Url ?? "", counts.Pending, counts.Quarantined, state.LastSuccessAt, state.LastSuccessAt, _worker.NextAttemptAt, state.LastError);
    }

    public async Task<SyncStatus> SyncNowAsync(CancellationToken cancellationToken)
    {
        await _worker.RunCycleAsync(cancellationToken);
        return Status();
    }
}
