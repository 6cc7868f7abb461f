using Kiosk.Core.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace Kiosk.Core.Tests.Resilience;

public class KioskBackoffTests
{
    [Theory]
    [InlineData(1, 0.0, 1)]
    [InlineData(1, 1.0, 2)]
    [InlineData(2, 0.5, 3)]
    [InlineData(3, 1.0, 8)]
    [InlineData(9, 1.0, 300)]
    [InlineData(40, 0.0, 150)]
    public void Sync_delays_double_from_2_s_to_5_min_with_equal_jitter(int attempt, double unit, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), KioskBackoff.Sync.Delay(attempt, () => unit));

    [Theory]
    [InlineData(1, 20)]
    [InlineData(2, 40)]
    [InlineData(8, 2560)]
    [InlineData(9, 2560)]
    [InlineData(50, 2560)]
    public void An_SMS_the_network_refused_waits_20_s_doubling_to_42_min_40_s(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), KioskBackoff.SmsResend.Delay(attempts + 1));

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 4)]
    [InlineData(4, 32)]
    [InlineData(5, 60)]
    [InlineData(100, 60)]
    public void A_failed_modem_is_reconnected_after_2_s_doubling_to_a_minute(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), KioskBackoff.ModemReconnect.Delay(failures + 1));

    [Fact]
    public void A_backoff_with_jitter_refuses_to_run_without_its_randomizer() =>
        Assert.Throws<InvalidOperationException>(() => KioskBackoff.Sync.Delay(1));

    [Fact]
    public void A_longer_Retry_After_wins_up_to_an_hour()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), KioskBackoff.Sync.Delay(1, () => 1, TimeSpan.FromSeconds(30)));
        Assert.Equal(TimeSpan.FromHours(1), KioskBackoff.Sync.Delay(1, () => 1, TimeSpan.FromDays(1)));
        Assert.Equal(TimeSpan.FromSeconds(2), KioskBackoff.Sync.Delay(1, () => 1, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task A_Polly_pipeline_built_from_it_waits_exactly_the_defined_delays()
    {
        var time = new FakeTimeProvider();
        var backoff = new KioskBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), Jitter: true);
        var options = backoff.RetryOptions(
            retry =>
            {
                retry.MaxRetryAttempts = 3;
                retry.ShouldHandle = new PredicateBuilder().Handle<TimeoutException>();
            },
            randomizer: () => 1.0);
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = time }.AddRetry(options).Build();
        var attempts = new List<TimeSpan>();
        var start = time.GetUtcNow();

        var run = pipeline.ExecuteAsync(_ =>
        {
            attempts.Add(time.GetUtcNow() - start);
            return attempts.Count < 4 ? throw new TimeoutException() : ValueTask.CompletedTask;
        }).AsTask();
        foreach (var step in new[] { 1, 2, 3 })
        {
            await Eventually.Get(() => attempts.Count, n => n == step, $"attempt {step}");
            time.Advance(TimeSpan.FromSeconds(step));
        }

        await run;
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(6)], attempts);
    }
}
