namespace Kiosk.Core.Configuration;

/// <summary>One bad configuration value: the full key (Kiosk:Office:Services:0:Code) and why.</summary>
public sealed record ConfigurationProblem(string Key, string Reason)
{
    public override string ToString() => $"{Key}: {Reason}";
}
