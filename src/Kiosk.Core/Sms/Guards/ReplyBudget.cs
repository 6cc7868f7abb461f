using System.Collections.Frozen;

namespace Kiosk.Core.Sms.Guards;

/// <summary>
/// The cost and loop guard in front of every SMS reply: only persons, at most
/// <see cref="ReplyLimits.PerNumberPerHour"/> replies to one number in any rolling hour, and at most
/// <see cref="ReplyLimits.DailyBudget"/> SMS per device per local day, which starts at midnight in the
/// office's timezone.
/// </summary>
/// <remarks>
/// The budget is taken when a reply is queued, not when it is sent: <see cref="TryReserve"/> checks and
/// records in one step, inside the transaction that queues the reply, so a burst of messages handled
/// before any reply goes out cannot overdraw it (it did: 6-7 replies against a limit of 5). A reserved
/// reply is sent without asking again; other SMS (notices) are counted by <see cref="RecordSent"/>.
/// A reply leaves the hourly window one hour after it was reserved.
/// </remarks>
public sealed class ReplyBudget
{
    public static readonly TimeSpan PerNumberWindow = TimeSpan.FromHours(1);

    private readonly IReplyLedger _ledger;
    private readonly TimeProvider _timeProvider;
    private readonly TimeZoneInfo _officeTimeZone;
    private readonly ReplyLimits _limits;
    private readonly FrozenSet<string> _allowedSenders;

    public ReplyBudget(IReplyLedger ledger, TimeProvider timeProvider, TimeZoneInfo officeTimeZone, ReplyLimits? limits = null, IEnumerable<string>? allowedSenders = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(officeTimeZone);
        limits ??= ReplyLimits.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.PerNumberPerHour, 1, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.DailyBudget, 1, nameof(limits));
        _ledger = ledger;
        _timeProvider = timeProvider;
        _officeTimeZone = officeTimeZone;
        _limits = limits;
        _allowedSenders = (allowedSenders ?? []).Select(SenderClassifier.Canonical).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Who the sender is, with the configured allow-list: only a <see cref="SenderKind.Person"/> is ever answered.</summary>
    public SenderClassification Classify(string? sender) => SenderClassifier.Classify(sender, _allowedSenders);

    /// <summary>May we answer this sender now? Checks the sender, then the device's day, then the number's hour.</summary>
    public ReplyDecision Decide(string? sender)
    {
        var classification = Classify(sender);
        if (classification is not { Kind: SenderKind.Person, Number: { } number })
        {
            return new ReplyDecision.Denied(ReplyDenialReason.NotAPerson, classification.Kind);
        }

        var now = _timeProvider.GetUtcNow();
        if (_ledger.CountAllSince(StartOfLocalDay(now)) >= _limits.DailyBudget)
        {
            return new ReplyDecision.Denied(ReplyDenialReason.DailyBudget, SenderKind.Person);
        }

        if (_ledger.CountSince(number, now - PerNumberWindow) >= _limits.PerNumberPerHour)
        {
            return new ReplyDecision.Denied(ReplyDenialReason.PerNumberLimit, SenderKind.Person);
        }

        return new ReplyDecision.Allowed(number);
    }

    /// <summary>
    /// Decides and, when allowed, takes one reply from both budgets at once. Call it inside the
    /// transaction that queues the reply, so the reservation and the reply are stored together.
    /// </summary>
    public ReplyDecision TryReserve(string? sender)
    {
        var decision = Decide(sender);
        if (decision is ReplyDecision.Allowed allowed)
        {
            _ledger.Record(allowed.Number, _timeProvider.GetUtcNow());
        }

        return decision;
    }

    /// <summary>Records an SMS the modem accepted, to the canonical number from <see cref="ReplyDecision.Allowed"/>.</summary>
    public void RecordSent(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        _ledger.Record(number, _timeProvider.GetUtcNow());
    }

    /// <summary>How many more SMS the device may send today.</summary>
    public int RemainingToday() =>
        Math.Max(0, _limits.DailyBudget - _ledger.CountAllSince(StartOfLocalDay(_timeProvider.GetUtcNow())));

    /// <summary>The UTC instant of the last local midnight in the office's timezone.</summary>
    private DateTimeOffset StartOfLocalDay(DateTimeOffset nowUtc)
    {
        var local = TimeZoneInfo.ConvertTime(nowUtc, _officeTimeZone);
        var midnight = new DateTime(local.Year, local.Month, local.Day, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, _officeTimeZone.GetUtcOffset(midnight)).ToUniversalTime();
    }
}
