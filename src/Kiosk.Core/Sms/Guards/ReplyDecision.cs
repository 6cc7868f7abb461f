namespace Kiosk.Core.Sms.Guards;

/// <summary>Whether to answer an inbound SMS: <see cref="Allowed"/> or <see cref="Denied"/> with a reason.</summary>
public abstract record ReplyDecision
{
    private ReplyDecision()
    {
    }

    /// <summary>Send the reply to <paramref name="Number"/> (canonical), then call <see cref="ReplyBudget.RecordSent"/>.</summary>
    public sealed record Allowed(string Number) : ReplyDecision;

    /// <summary>Send nothing; <paramref name="Sender"/> says what kind of sender it was.</summary>
    public sealed record Denied(ReplyDenialReason Reason, SenderKind Sender) : ReplyDecision;
}
