namespace Kiosk.Core.Sms.Guards;

/// <summary>
/// The storage port behind <see cref="ReplyBudget"/>: every SMS the device sent, by canonical number and UTC
/// time. A LiteDB adapter should index the time (and number), store times as UTC, and may delete entries
/// older than two days. Counts include entries at exactly <c>sinceUtc</c>.
/// </summary>
public interface IReplyLedger
{
    void Record(string number, DateTimeOffset sentAtUtc);

    int CountSince(string number, DateTimeOffset sinceUtc);

    int CountAllSince(DateTimeOffset sinceUtc);
}
