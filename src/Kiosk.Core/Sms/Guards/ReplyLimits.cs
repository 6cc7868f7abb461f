namespace Kiosk.Core.Sms.Guards;

/// <summary>How many SMS the device may send: per number in any rolling hour, and in total per local day.</summary>
public sealed record ReplyLimits(int PerNumberPerHour = 5, int DailyBudget = 300)
{
    public static ReplyLimits Default { get; } = new();
}
