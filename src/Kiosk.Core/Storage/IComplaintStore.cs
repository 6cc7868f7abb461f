using Kiosk.Core.Complaints;

namespace Kiosk.Core.Storage;

/// <summary>Where complaints live. Every write stores the complaint and its outbox event together or not at all.</summary>
public interface IComplaintStore
{
    /// <summary>Stores a new complaint; false (and nothing stored) when its tracking code is already taken.</summary>
    bool TryAdd(Complaint complaint, OutboxEvent created);

    void Save(Complaint complaint, OutboxEvent change);

    Complaint? Find(TrackingCode code);
}
