namespace Kiosk.Core.Sync;

/// <summary>What the upstream answered to a push. A closed hierarchy: switch on the nested records.</summary>
public abstract record PushAnswer
{
    private PushAnswer()
    {
    }

    /// <summary>200: one result per event that the upstream answered for. An event sent without a
    /// result stays pending.</summary>
    public sealed record Delivered(IReadOnlyList<EventResult> Results) : PushAnswer;

    /// <summary>400: the batch as a whole is malformed. Split it; quarantine a single event.</summary>
    public sealed record BadBatch(string Error, string? Message) : PushAnswer;

    /// <summary>413: halve the batch; quarantine a single event with <see cref="RejectReasons.TooLarge"/>.</summary>
    public sealed record TooLarge : PushAnswer;
}
