using Kiosk.Core.Printing;
using Kiosk.Hardware.Printer;
using Kiosk.Host.Health;

namespace Kiosk.Host.Printing;

/// <summary>The printer's last known state in /healthz: degraded (not failed) when it cannot print, since tickets still issue.</summary>
public sealed class PrinterHealth : IHealthComponent
{
    private readonly PrinterMonitor _state;
    private readonly PrinterOptions _options;
    private readonly IPrintJobStore _jobs;

    public PrinterHealth(PrinterMonitor state, PrinterOptions options, IPrintJobStore jobs)
    {
        _state = state;
        _options = options;
        _jobs = jobs;
    }

    public string Name => "printer";

    public ComponentHealth Check()
    {
        var (status, error, at) = _state.Current;
        var problem = PrinterMonitor.ProblemOf(status, error);
        return new ComponentHealth(
            problem is null ? HealthState.Ok : HealthState.Degraded,
            problem is null ? null : $"Printer {problem.Replace('_', ' ')}; tickets are issued and shown on screen.",
            new Dictionary<string, object?>
            {
                ["transport"] = _options.Transport.ToString().ToLowerInvariant(),
                ["condition"] = status.Condition.ToString().ToLowerInvariant(),
                ["problem"] = problem,
                ["paperNearEnd"] = status.PaperNearEnd,
                ["error"] = error?.ToString(),
                ["checkedAt"] = at,
                ["pendingJobs"] = _jobs.Pending().Count,
            });
    }
}
