using System.Globalization;
using LiteDB;

namespace Kiosk.Upstream;

/// <summary>
/// The reference upstream's LiteDB file. One lock serialises every write, and a push is one
/// transaction: either all its accepted events are stored or none.
/// </summary>
public sealed class UpstreamStore : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly Lock _gate = new();

    public UpstreamStore(string path)
    {
        _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
        Events.EnsureIndex(e => e.EventId, unique: true);
        Events.EnsureIndex(e => e.DeviceId);
        Updates.EnsureIndex(u => u.DeviceId);
    }

    private ILiteCollection<StoredEvent> Events => _db.GetCollection<StoredEvent>("events");

    private ILiteCollection<StoredAggregate> Aggregates => _db.GetCollection<StoredAggregate>("aggregates");

    private ILiteCollection<StoredComplaint> Complaints => _db.GetCollection<StoredComplaint>("complaints");

    private ILiteCollection<StoredUpdate> Updates => _db.GetCollection<StoredUpdate>("updates");

    private ILiteCollection<StoredDevice> Devices => _db.GetCollection<StoredDevice>("devices");

    private ILiteCollection<StoredHeartbeat> Heartbeats => _db.GetCollection<StoredHeartbeat>("heartbeats");

    /// <summary>Stores a batch in order (docs/sync-protocol.md, "Push") and returns one result per event.</summary>
    public IReadOnlyList<WireResult> Push(string deviceId, IReadOnlyList<IncomingEvent> batch, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new List<WireResult>(batch.Count);
        lock (_gate)
        {
            _db.BeginTrans();
            try
            {
                foreach (var incoming in batch)
                {
                    results.Add(Store(deviceId, incoming, now));
                }

                _db.Commit();
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }

        return results;
    }

    private WireResult Store(string deviceId, IncomingEvent incoming, DateTimeOffset now)
    {
        if (Events.Exists(e => e.EventId == incoming.Id))
        {
            return new WireResult(incoming.Id, "duplicate");
        }

        if (incoming.Event is not { } e)
        {
            return new WireResult(incoming.Id, "rejected", "invalid_event", incoming.Invalid);
        }

        var key = $"{deviceId}\n{e.AggregateType}\n{e.AggregateId}";
        var last = Aggregates.FindById(key)?.LastSequence ?? 0;
        if (e.Sequence <= last)
        {
            return new WireResult(e.EventId, "rejected", "sequence_conflict",
                $"sequence {e.Sequence} of {e.AggregateType} {e.AggregateId} is already taken (last is {last})");
        }

        if (e.Sequence != last + 1)
        {
            return new WireResult(e.EventId, "rejected", "sequence_gap",
                $"expected sequence {last + 1} of {e.AggregateType} {e.AggregateId}, got {e.Sequence}");
        }

        e.DeviceId = deviceId;
        e.ReceivedAt = Iso(now);
        Events.Insert(e);
        Aggregates.Upsert(new StoredAggregate { Id = key, LastSequence = e.Sequence });
        if (e.Type == "complaint.created" && e.AggregateType == "complaint")
        {
            Complaints.Upsert(new StoredComplaint
            {
                Id = e.AggregateId.ToUpperInvariant(),
                TrackingCode = e.AggregateId,
                DeviceId = deviceId,
                Status = "TERKIRIM",
            });
        }

        return new WireResult(e.EventId, "accepted");
    }

    /// <summary>Updates of one device after position <paramref name="after"/>.</summary>
    public (IReadOnlyList<StoredUpdate> Updates, bool More) Pull(string deviceId, int after, int limit)
    {
        lock (_gate)
        {
            var page = Updates.Query()
                .Where(u => u.DeviceId == deviceId && u.Id > after)
                .OrderBy(u => u.Id)
                .Limit(limit + 1)
                .ToList();
            return page.Count > limit ? (page.GetRange(0, limit), true) : (page, false);
        }
    }

    /// <summary>The highest update position ever given out (0 when none): a larger cursor is unknown.</summary>
    public int LastUpdatePosition()
    {
        lock (_gate)
        {
            return Updates.Count() == 0 ? 0 : Updates.Max(u => u.Id);
        }
    }

    public StoredComplaint? FindComplaint(string trackingCode)
    {
        lock (_gate)
        {
            return Complaints.FindById(trackingCode.ToUpperInvariant());
        }
    }

    /// <summary>Moves a complaint and records the pull update, in one transaction.</summary>
    public StoredUpdate RecordStatus(StoredComplaint complaint, string status, string? note, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        lock (_gate)
        {
            _db.BeginTrans();
            try
            {
                complaint.Status = status;
                Complaints.Update(complaint);
                var update = new StoredUpdate
                {
                    DeviceId = complaint.DeviceId,
                    TrackingCode = complaint.TrackingCode,
                    Status = status,
                    At = Iso(at),
                    Note = note,
                };
                Updates.Insert(update);
                _db.Commit();
                return update;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    public IReadOnlyList<StoredEvent> ListEvents(string? deviceId)
    {
        lock (_gate)
        {
            return deviceId is null
                ? Events.Query().OrderBy(e => e.Id).ToList()
                : Events.Query().Where(e => e.DeviceId == deviceId).OrderBy(e => e.Id).ToList();
        }
    }

    public StoredDevice? FindDevice(string deviceId)
    {
        lock (_gate)
        {
            return Devices.FindById(deviceId);
        }
    }

    public void RegisterDevice(string deviceId, string token)
    {
        lock (_gate)
        {
            Devices.Upsert(new StoredDevice { Id = deviceId, Token = token });
        }
    }

    /// <summary>Revokes a device; false when it is not registered.</summary>
    public bool RevokeDevice(string deviceId)
    {
        lock (_gate)
        {
            var device = Devices.FindById(deviceId);
            if (device is null)
            {
                return false;
            }

            device.Revoked = true;
            return Devices.Update(device);
        }
    }

    public void SaveHeartbeat(string deviceId, string json, DateTimeOffset now)
    {
        lock (_gate)
        {
            Heartbeats.Upsert(new StoredHeartbeat { Id = deviceId, Json = json, ReceivedAt = Iso(now) });
        }
    }

    public IReadOnlyList<StoredHeartbeat> ListHeartbeats()
    {
        lock (_gate)
        {
            return Heartbeats.FindAll().ToList();
        }
    }

    public static string Iso(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public void Dispose() => _db.Dispose();
}
