namespace Kiosk.Upstream;

/// <summary>How a push answer is lost after its events were committed.</summary>
public enum LoseAckMode
{
    /// <summary>Answer 503 although the events are stored.</summary>
    Status503,

    /// <summary>Drop the connection without an answer.</summary>
    Abort,
}
