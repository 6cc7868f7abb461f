namespace Kiosk.Core.Sms.Guards;

/// <summary>Why no reply is sent; log it (it carries no personal data).</summary>
public enum ReplyDenialReason
{
    /// <summary>The sender is not a phone number of a person (see <see cref="SenderKind"/>).</summary>
    NotAPerson,

    /// <summary>This number already got <see cref="ReplyLimits.PerNumberPerHour"/> replies in the last hour.</summary>
    PerNumberLimit,

    /// <summary>The device already sent <see cref="ReplyLimits.DailyBudget"/> SMS since local midnight.</summary>
    DailyBudget,

    /// <summary>The text is an operator's credit or promotion message (<see cref="OperatorMessages"/>), whoever sent it.</summary>
    OperatorMessage,
}
