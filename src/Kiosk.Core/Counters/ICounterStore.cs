namespace Kiosk.Core.Counters;

/// <summary>Where counters and displays are kept: configuration the technician manages, in the kiosk's store.</summary>
public interface ICounterStore
{
    /// <summary>Stores a new one; false when one with the same id exists (nothing changes).</summary>
    bool Add(Counter counter);

    void Save(Counter counter);

    bool Remove(string id);

    Counter? Find(string id);

    Counter? FindByTokenHash(string tokenHash);

    Counter? FindByPairingHash(string pairingHash);

    IReadOnlyList<Counter> List();
}
