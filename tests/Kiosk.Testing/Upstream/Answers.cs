using Kiosk.Core.Sync;

namespace Kiosk.Testing;

/// <summary>Unwraps an <see cref="UpstreamOutcome{TAnswer}.Answered"/> and asserts what the upstream answered.</summary>
public static class Answers
{
    public static T Is<T>(object outcome)
        where T : class => Assert.IsType<T>(outcome switch
        {
            UpstreamOutcome<PushAnswer>.Answered a => a.Answer,
            UpstreamOutcome<PullAnswer>.Answered a => a.Answer,
            UpstreamOutcome<HeartbeatReceipt>.Answered a => a.Answer,
            _ => outcome, // a failure: IsType fails and shows it
        });
}
