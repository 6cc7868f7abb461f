using Kiosk.Core.Sms.Guards;

namespace Kiosk.Core.Sms;

/// <summary>What to do after an inbound SMS was handled: send a reply, or stay silent and say why.</summary>
public abstract record SmsDispatch
{
    private SmsDispatch()
    {
    }

    /// <summary>Send <paramref name="Text"/> to <paramref name="To"/> (E.164), then record it against the budget.</summary>
    public sealed record Reply(string To, string Text) : SmsDispatch;

    /// <summary>No reply: the sender is not a person, or a limit holds. The command may still have been carried out.</summary>
    public sealed record Silent(ReplyDenialReason Reason, SenderKind Sender) : SmsDispatch;
}
