namespace Kiosk.Core.Sync;

/// <summary>What the upstream did with one pushed event.</summary>
public enum EventOutcome
{
    /// <summary>Stored now.</summary>
    Accepted,

    /// <summary>Already stored earlier (a re-send); the device treats it as accepted.</summary>
    Duplicate,

    /// <summary>Not stored; see <see cref="EventResult.Reason"/>.</summary>
    Rejected,
}
