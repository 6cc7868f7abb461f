using Microsoft.Extensions.Hosting;
using Kiosk.Host.Composition;

namespace Kiosk.Host.Tests.Composition;

/// <summary>A background worker that fails stops the service with 70, so systemd counts a failure and restarts it.</summary>
public class FailedWorkerExitTests
{
    [Fact]
    public async Task A_worker_that_fails_stops_the_service_with_70_naming_the_worker_and_the_cause()
    {
        using var data = new TempDirectory();
        using var error = new StringWriter();
        string[] args = ["--urls", "http://127.0.0.1:0", $"--Kiosk:DataDirectory={data.Path}", "--environment", "Testing", "--Kiosk:Modem:Transport=none"];

        var exitCode = await StartupFailure.RunAsync(
            () => Program.Build(args, builder => builder.Services.AddHostedService<WorkerThatFails>()),
            error).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal((int)ExitCode.Software, exitCode);
        Assert.Contains("WorkerThatFails failed, the service stops: the modem cable was pulled", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class WorkerThatFails : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            throw new InvalidOperationException("the modem cable was pulled");
        }
    }
}
