namespace Kiosk.Hardware.Modem.Simulation;

/// <summary>The emulator's message slots (index → status and PDU), thread-safe.</summary>
internal sealed class SimulatedSmsStore(int capacity)
{
    private readonly SortedDictionary<int, (StoredMessageStatus Status, string Pdu, int TpduLength)> _slots = [];
    private readonly Lock _lock = new();

    public int Capacity => capacity;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _slots.Count;
            }
        }
    }

    /// <summary>The lowest free index from 1, or -1 when full.</summary>
    public int Add(string pdu, int tpduLength)
    {
        lock (_lock)
        {
            for (var index = 1; index <= capacity; index++)
            {
                if (!_slots.ContainsKey(index))
                {
                    _slots[index] = (StoredMessageStatus.ReceivedUnread, pdu, tpduLength);
                    return index;
                }
            }

            return -1;
        }
    }

    public bool TryRead(int index, out (StoredMessageStatus Status, string Pdu, int TpduLength) slot)
    {
        lock (_lock)
        {
            if (!_slots.TryGetValue(index, out slot))
            {
                return false;
            }

            if (slot.Status == StoredMessageStatus.ReceivedUnread)
            {
                _slots[index] = slot with { Status = StoredMessageStatus.ReceivedRead };
            }

            return true;
        }
    }

    public List<(int Index, StoredMessageStatus Status, string Pdu, int TpduLength)> ReadAll()
    {
        lock (_lock)
        {
            var all = _slots.Select(p => (p.Key, p.Value.Status, p.Value.Pdu, p.Value.TpduLength)).ToList();
            foreach (var (index, status, _, _) in all.Where(s => s.Status == StoredMessageStatus.ReceivedUnread))
            {
                _slots[index] = _slots[index] with { Status = StoredMessageStatus.ReceivedRead };
            }

            return all;
        }
    }

    public void Delete(int index)
    {
        lock (_lock)
        {
            _slots.Remove(index);
        }
    }

    public bool Contains(int index)
    {
        lock (_lock)
        {
            return _slots.ContainsKey(index);
        }
    }
}
