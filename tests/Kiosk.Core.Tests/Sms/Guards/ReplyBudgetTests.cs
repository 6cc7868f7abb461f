using Kiosk.Core.Sms.Guards;
using Microsoft.Extensions.Time.Testing;

namespace Kiosk.Core.Tests.Sms.Guards;

public class ReplyBudgetTests
{
    private const string Citizen = "+628123456789";

    private static readonly TimeZoneInfo Wit = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jayapura");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));
    private readonly InMemoryReplyLedger _ledger = new();

    private ReplyBudget Budget(ReplyLimits? limits = null) => new(_ledger, _time, Wit, limits);

    private static void SendIfAllowed(ReplyBudget budget, string sender)
    {
        var allowed = Assert.IsType<ReplyDecision.Allowed>(budget.Decide(sender));
        budget.RecordSent(allowed.Number);
    }

    [Fact]
    public void The_sixth_reply_in_an_hour_is_denied_and_allowed_again_an_hour_later()
    {
        var budget = Budget();
        for (var i = 0; i < 5; i++)
        {
            SendIfAllowed(budget, Citizen);
            _time.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Equal(new ReplyDecision.Denied(ReplyDenialReason.PerNumberLimit, SenderKind.Person), budget.Decide(Citizen));

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(new ReplyDecision.Allowed(Citizen), budget.Decide(Citizen));
    }

    [Fact]
    public void The_hourly_window_rolls_one_reply_at_a_time()
    {
        var budget = Budget();
        var start = _time.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            _time.SetUtcNow(start + TimeSpan.FromMinutes(10 * i));
            SendIfAllowed(budget, Citizen);
        }

        _time.SetUtcNow(start + TimeSpan.FromMinutes(59));
        Assert.IsType<ReplyDecision.Denied>(budget.Decide(Citizen));

        _time.SetUtcNow(start + TimeSpan.FromMinutes(60) + TimeSpan.FromSeconds(1));
        SendIfAllowed(budget, Citizen);

        Assert.IsType<ReplyDecision.Denied>(budget.Decide(Citizen));
    }

    [Fact]
    public void The_same_number_written_two_ways_shares_one_limit()
    {
        var budget = Budget();
        for (var i = 0; i < 5; i++)
        {
            SendIfAllowed(budget, i % 2 == 0 ? "08123456789" : "+62 812 3456 789");
        }

        Assert.Equal(new ReplyDecision.Denied(ReplyDenialReason.PerNumberLimit, SenderKind.Person), budget.Decide(Citizen));
        Assert.IsType<ReplyDecision.Allowed>(budget.Decide("+628129999999"));
    }

    [Fact]
    public void The_daily_budget_resets_at_local_midnight_in_Jayapura_not_at_UTC_midnight()
    {
        // 23.00 WIT on 23/11 is 14.00 UTC.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
        var budget = Budget(new ReplyLimits(PerNumberPerHour: 100, DailyBudget: 3));
        for (var i = 0; i < 3; i++)
        {
            SendIfAllowed(budget, $"+62812345678{i}");
        }

        Assert.Equal(new ReplyDecision.Denied(ReplyDenialReason.DailyBudget, SenderKind.Person), budget.Decide(Citizen));
        Assert.Equal(0, budget.RemainingToday());

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 14, 59, 59, TimeSpan.Zero));
        Assert.Equal(new ReplyDecision.Denied(ReplyDenialReason.DailyBudget, SenderKind.Person), budget.Decide(Citizen));

        // 00.00 WIT on 24/11 is 15.00 UTC on 23/11.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(new ReplyDecision.Allowed(Citizen), budget.Decide(Citizen));
        Assert.Equal(3, budget.RemainingToday());
    }

    [Fact]
    public void A_budget_spent_early_in_the_local_day_is_not_reset_by_UTC_midnight()
    {
        // 01.00 WIT on 24/11 is 16.00 UTC on 23/11; UTC midnight is 09.00 WIT the same local day.
        _time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero));
        var budget = Budget(new ReplyLimits(PerNumberPerHour: 100, DailyBudget: 2));
        SendIfAllowed(budget, "+628111111111");
        SendIfAllowed(budget, "+628122222222");

        _time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 0, 30, 0, TimeSpan.Zero));

        Assert.Equal(new ReplyDecision.Denied(ReplyDenialReason.DailyBudget, SenderKind.Person), budget.Decide(Citizen));
    }

    [Fact]
    public void The_default_daily_budget_is_three_hundred()
    {
        var budget = Budget();
        for (var i = 0; i < 300; i++)
        {
            _ledger.Record($"+6281200{i:D5}", _time.GetUtcNow());
        }

        Assert.Equal(new ReplyDecision.Denied(ReplyDenialReason.DailyBudget, SenderKind.Person), budget.Decide(Citizen));
    }

    [Theory]
    [InlineData("TELKOMSEL", SenderKind.Alphanumeric)]
    [InlineData("3636", SenderKind.ShortCode)]
    [InlineData("", SenderKind.Empty)]
    [InlineData(null, SenderKind.Empty)]
    [InlineData("*123#", SenderKind.Malformed)]
    public void Senders_that_are_not_persons_are_denied_with_their_kind(string? sender, SenderKind kind) =>
        Assert.Equal(new ReplyDecision.Denied(ReplyDenialReason.NotAPerson, kind), Budget().Decide(sender));

    [Fact]
    public void Deciding_does_not_spend_the_budget()
    {
        var budget = Budget(new ReplyLimits(PerNumberPerHour: 1, DailyBudget: 1));
        for (var i = 0; i < 10; i++)
        {
            Assert.IsType<ReplyDecision.Allowed>(budget.Decide(Citizen));
        }

        budget.RecordSent(Citizen);

        Assert.IsType<ReplyDecision.Denied>(budget.Decide(Citizen));
    }

    [Theory]
    [InlineData(0, 300)]
    [InlineData(5, 0)]
    [InlineData(-1, -1)]
    public void Limits_below_one_are_refused(int perNumber, int daily) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Budget(new ReplyLimits(perNumber, daily)));
}
