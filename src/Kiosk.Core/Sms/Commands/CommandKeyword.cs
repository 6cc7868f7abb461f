namespace Kiosk.Core.Sms.Commands;

/// <summary>The command a keyword stands for.</summary>
internal enum CommandKeyword
{
    CheckStatus,
    FileComplaint,
    TakeQueueNumber,
    CancelTicket,
    Help,
}
