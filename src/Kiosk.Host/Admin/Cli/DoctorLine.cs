namespace Kiosk.Host.Admin.Cli;

/// <summary>One doctor check: PASS, WARN or FAIL, what was found, and how to fix it.</summary>
public sealed record DoctorLine(string Check, DoctorVerdict Verdict, string Message, string? Hint = null);

public enum DoctorVerdict
{
    Pass,
    Warn,
    Fail,
}
