using Kiosk.Core.Sms.Guards;

namespace Kiosk.Host.Sms;

/// <summary><c>Kiosk:Sms</c>: how many replies the kiosk may send (the cost and loop guard).</summary>
public sealed class SmsOptions
{
    public const string SectionName = "Kiosk:Sms";

    /// <summary>Replies to one number in any rolling hour.</summary>
    public int RepliesPerNumberPerHour { get; set; } = ReplyLimits.Default.PerNumberPerHour;

    /// <summary>SMS the device may send per local day (each costs credit).</summary>
    public int DailyBudget { get; set; } = ReplyLimits.Default.DailyBudget;

    /// <summary>
    /// Numbers answered although they are not Indonesian mobile numbers (a technician's foreign SIM, a
    /// test line), in any usual form (<c>+15550100123</c>, <c>0215551234</c>). Everyone else who is not an
    /// Indonesian mobile number is logged and not answered.
    /// </summary>
    public List<string> AllowedSenders { get; set; } = [];

    public ReplyLimits Limits => new(RepliesPerNumberPerHour, DailyBudget);

    /// <summary>Every bad value, with its key.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (RepliesPerNumberPerHour is < 1 or > 1000)
        {
            problems.Add($"{SectionName}:RepliesPerNumberPerHour: {RepliesPerNumberPerHour} is not between 1 and 1000.");
        }

        if (DailyBudget is < 1 or > 1_000_000)
        {
            problems.Add($"{SectionName}:DailyBudget: {DailyBudget} is not between 1 and 1000000.");
        }

        foreach (var (number, i) in AllowedSenders.Select((n, i) => (n, i)))
        {
            if (SenderClassifier.Canonical(number) is null)
            {
                problems.Add($"{SectionName}:AllowedSenders:{i}: '{number}' is not a phone number (digits with an optional +, at least 7 after the country code).");
            }
        }

        return problems;
    }
}
