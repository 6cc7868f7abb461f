namespace Kiosk.Host.Printing;

/// <summary>What became of a print: printed, or failed (kept for retry) with the resident-facing problem.</summary>
public sealed record PrintResult(PrintOutcome Status, string? Problem)
{
    public static PrintResult Printed { get; } = new(PrintOutcome.Printed, null);
}

public enum PrintOutcome
{
    Printed,
    Failed,
}
