using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Sms;

public class SmsOptionsTests
{
    [Fact]
    public void Bad_reply_limits_stop_the_start_naming_each_key()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-smsoptions-" + Guid.NewGuid().ToString("N"));

        var refused = Assert.Throws<StartupConfigurationException>(() => Kiosk.Host.Program.Build(
            [$"--Kiosk:DataDirectory={data}", "--Kiosk:Sms:RepliesPerNumberPerHour=0", "--Kiosk:Sms:DailyBudget=-5"]));

        Assert.Equal(2, refused.Problems.Count);
        Assert.Contains(refused.Problems, p => p.StartsWith("Kiosk:Sms:RepliesPerNumberPerHour: 0", StringComparison.Ordinal));
        Assert.Contains(refused.Problems, p => p.StartsWith("Kiosk:Sms:DailyBudget: -5", StringComparison.Ordinal));
    }

    [Fact]
    public void Configured_reply_limits_reach_the_budget()
    {
        var data = Path.Combine(Path.GetTempPath(), "kiosk-smsoptions-" + Guid.NewGuid().ToString("N"));
        try
        {
            var app = Kiosk.Host.Program.Build([$"--Kiosk:DataDirectory={data}", "--Kiosk:Modem:Transport=none", "--Kiosk:Sms:DailyBudget=1234"]);
            var budget = app.Services.GetRequiredService<Core.Sms.Guards.ReplyBudget>();

            Assert.Equal(1234, budget.RemainingToday());
            ((IDisposable)app).Dispose();
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
